/**
 * The Social overview: what social brought in a date range, beside the period before it. Pure
 * functions over the figures each module computes (share, attribution, reviews, rewards,
 * catalog), so the arithmetic (previous period, changes, rates, the funnel) is tested without a
 * database.
 */

const DAY = 24 * 60 * 60 * 1000

export type Range = { from: Date; to: Date }

export type ShareFigures = {
  /** Links anyone opened in the range (a person, or a network's previewer when it was posted). */
  links_shared: number
  clicks: number
  bot_clicks: number
  self_clicks: number
  visitors: number
  top_products: { product_id: string; links: number; clicks: number; visitors: number }[]
}

export type AttributionFigures = {
  orders: number
  revenue: number
  share_orders: number
  share_revenue: number
  social_visits: number
  share_visits: number
}

export type ReviewFigures = { new_reviews: number; average_rating: number | null; pending: number }

export type RewardFigures = {
  by_currency: { currency_code: string | null; issued: number; issued_value: number; redeemed: number; redeemed_value: number }[]
  needs_review: number
}

export type PeriodFigures = {
  share: ShareFigures
  attribution: AttributionFigures
  reviews: ReviewFigures
  rewards: RewardFigures
}

export type CatalogChannelFigures = {
  id: string
  name: string
  destination: string
  mode: string
  counts: Record<string, number>
}

/** A figure now and in the previous period; `change` is relative (0.25 = +25%), null from 0. */
export type Compared = { current: number | null; previous: number | null; change: number | null }

/** The period of the same length that ends where this one starts. */
export function previousRange({ from, to }: Range): Range {
  const length = to.getTime() - from.getTime()
  return { from: new Date(from.getTime() - length), to: new Date(from) }
}

/** The whole days a range covers (at least 1), for labels such as "last 30 days". */
export function daysIn({ from, to }: Range): number {
  return Math.max(1, Math.round((to.getTime() - from.getTime()) / DAY))
}

const round = (v: number, d = 4) => Math.round(v * 10 ** d) / 10 ** d

export function compare(current: number | null, previous: number | null): Compared {
  const change = current === null || previous === null || previous === 0 ? null : round((current - previous) / previous)
  return { current, previous, change }
}

/** Attributed orders per social landing: null when nothing landed (no rate to show). */
export function conversionRate(orders: number, visits: number): number | null {
  return visits > 0 ? round(orders / visits) : null
}

/** Clicks by people: bots (link previewers) and the sharer's own clicks left out. */
export function humanClicks(s: Pick<ShareFigures, "clicks" | "bot_clicks" | "self_clicks">): number {
  return Math.max(0, s.clicks - s.bot_clicks - s.self_clicks)
}

/**
 * The share funnel: links shared (opened by anyone), clicks on them by people, landings the storefront recorded
 * with a share code, and orders credited to a share link. Each step's `rate` is its value over
 * the step before (null after a 0).
 */
export function shareFunnel(p: PeriodFigures) {
  const steps = [
    { step: "shares", label: "Links shared", value: p.share.links_shared },
    { step: "clicks", label: "Clicks by people", value: humanClicks(p.share) },
    { step: "visits", label: "Landings on the store", value: p.attribution.share_visits },
    { step: "orders", label: "Orders", value: round(p.attribution.share_orders, 2) },
  ]
  return steps.map((s, i) => ({ ...s, rate: i === 0 ? null : steps[i - 1].value > 0 ? round(s.value / steps[i - 1].value) : null }))
}

/** Reward values in the report's currency (grants of other currencies are listed apart). */
function rewardValues(r: RewardFigures, currency: string | null) {
  const row = r.by_currency.find((c) => c.currency_code === currency)
  return { issued: row?.issued_value ?? 0, redeemed: row?.redeemed_value ?? 0 }
}

/** The headline figures, each beside the previous period's. */
export function kpis(current: PeriodFigures, previous: PeriodFigures, currency: string | null) {
  const cr = rewardValues(current.rewards, currency)
  const pr = rewardValues(previous.rewards, currency)
  return {
    share_clicks: compare(humanClicks(current.share), humanClicks(previous.share)),
    distinct_visitors: compare(current.share.visitors, previous.share.visitors),
    attributed_orders: compare(current.attribution.orders, previous.attribution.orders),
    attributed_revenue: compare(current.attribution.revenue, previous.attribution.revenue),
    conversion_rate: compare(
      conversionRate(current.attribution.orders, current.attribution.social_visits),
      conversionRate(previous.attribution.orders, previous.attribution.social_visits)
    ),
    average_rating: compare(current.reviews.average_rating, previous.reviews.average_rating),
    new_reviews: compare(current.reviews.new_reviews, previous.reviews.new_reviews),
    rewards_issued_value: compare(cr.issued, pr.issued),
    rewards_redeemed_value: compare(cr.redeemed, pr.redeemed),
  }
}

const ERROR_STATUSES = ["invalid", "error", "failing"]

/**
 * A channel's items as the overview shows them: in error (refused by our checks or the
 * platform), and live (synced to the platform; for a feed-only channel, every valid item, since
 * the feed carries them all).
 */
export function catalogRow(c: CatalogChannelFigures) {
  const total = Object.entries(c.counts)
    .filter(([status]) => status !== "deleted")
    .reduce((n, [, v]) => n + v, 0)
  const errors = ERROR_STATUSES.reduce((n, s) => n + (c.counts[s] ?? 0), 0)
  const live = c.mode === "feed" ? total - (c.counts.invalid ?? 0) : (c.counts.synced ?? 0)
  return { id: c.id, name: c.name, destination: c.destination, mode: c.mode, items: total, live, errors }
}

export type SeriesDay = { date: string; groups: Record<string, { orders: number; revenue: number }> }

/**
 * The daily series by network without the direct orders (the chart shows what social brought),
 * one entry for EVERY day of the range so the time axis has no gaps, and the networks in order
 * of revenue (the legend's order, biggest first).
 */
export function networkSeries(range: Range, days: SeriesDay[], direct = "direct") {
  const totals = new Map<string, number>()
  const byDate = new Map(days.map((d) => [d.date, d]))
  const out: { date: string; orders: number; revenue: number; networks: Record<string, { orders: number; revenue: number }> }[] = []
  for (let t = Date.UTC(range.from.getUTCFullYear(), range.from.getUTCMonth(), range.from.getUTCDate()); t < range.to.getTime(); t += DAY) {
    const date = new Date(t).toISOString().slice(0, 10)
    const networks: Record<string, { orders: number; revenue: number }> = {}
    let orders = 0
    let revenue = 0
    for (const [key, g] of Object.entries(byDate.get(date)?.groups ?? {})) {
      if (key === direct) continue
      networks[key] = g
      orders += g.orders
      revenue += g.revenue
      totals.set(key, (totals.get(key) ?? 0) + g.revenue)
    }
    out.push({ date, orders: round(orders), revenue: round(revenue, 2), networks })
  }
  const networks = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k)
  return { networks, days: out }
}
