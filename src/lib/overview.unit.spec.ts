import { catalogRow, compare, conversionRate, kpis, networkSeries, previousRange, shareFunnel, type PeriodFigures } from "./overview"

const period = (over: Partial<{ [K in keyof PeriodFigures]: Partial<PeriodFigures[K]> }> = {}): PeriodFigures => ({
  share: { links_shared: 0, clicks: 0, bot_clicks: 0, self_clicks: 0, visitors: 0, top_products: [], ...over.share },
  attribution: { orders: 0, revenue: 0, share_orders: 0, share_revenue: 0, social_visits: 0, share_visits: 0, ...over.attribution },
  reviews: { new_reviews: 0, average_rating: null, pending: 0, ...over.reviews },
  rewards: { by_currency: [], needs_review: 0, ...over.rewards },
})

describe("previousRange", () => {
  it("is the period of the same length just before", () => {
    const p = previousRange({ from: new Date("2026-11-05T00:00:00Z"), to: new Date("2026-12-05T00:00:00Z") })
    expect(p.from.toISOString()).toBe("2026-10-06T00:00:00.000Z")
    expect(p.to.toISOString()).toBe("2026-11-05T00:00:00.000Z")
  })
})

describe("compare", () => {
  it("gives the relative change, and none from zero or a missing figure", () => {
    expect(compare(150, 100)).toEqual({ current: 150, previous: 100, change: 0.5 })
    expect(compare(50, 100).change).toBe(-0.5)
    expect(compare(10, 0).change).toBeNull()
    expect(compare(null, 4).change).toBeNull()
  })
})

describe("conversionRate", () => {
  it("is orders per social landing, null without landings", () => {
    expect(conversionRate(3, 60)).toBe(0.05)
    expect(conversionRate(3, 0)).toBeNull()
  })
})

describe("kpis", () => {
  it("counts clicks by people only and takes reward values in the report's currency", () => {
    const now = period({
      share: { clicks: 120, bot_clicks: 15, self_clicks: 5, visitors: 80 },
      attribution: { orders: 8, revenue: 640, social_visits: 200 },
      rewards: { by_currency: [{ currency_code: "usd", issued: 9, issued_value: 99, redeemed: 1, redeemed_value: 11 }, { currency_code: "eur", issued: 2, issued_value: 20, redeemed: 1, redeemed_value: 10 }] },
    })
    const before = period({ share: { clicks: 50 }, attribution: { orders: 4, revenue: 320, social_visits: 100 } })
    const k = kpis(now, before, "eur")
    expect(k.share_clicks).toEqual({ current: 100, previous: 50, change: 1 })
    expect(k.attributed_revenue.change).toBe(1)
    expect(k.conversion_rate).toEqual({ current: 0.04, previous: 0.04, change: 0 })
    expect(k.rewards_issued_value).toEqual({ current: 20, previous: 0, change: null })
    expect(k.rewards_redeemed_value.current).toBe(10)
  })
})

describe("shareFunnel", () => {
  it("goes shares, clicks, landings, orders with each step's rate over the one before", () => {
    const f = shareFunnel(period({ share: { links_shared: 40, clicks: 110, bot_clicks: 10 }, attribution: { share_visits: 50, share_orders: 5 } }))
    expect(f.map((s) => [s.step, s.value, s.rate])).toEqual([
      ["shares", 40, null],
      ["clicks", 100, 2.5],
      ["visits", 50, 0.5],
      ["orders", 5, 0.1],
    ])
    expect(shareFunnel(period())[1].rate).toBeNull()
  })
})

describe("catalogRow", () => {
  it("counts every valid item of a feed channel as live, only synced ones of a push channel", () => {
    const counts = { not_sent: 40, invalid: 2, synced: 10, error: 1, deleted: 5 }
    expect(catalogRow({ id: "c1", name: "Google", destination: "google", mode: "feed", counts })).toMatchObject({ items: 53, live: 51, errors: 3 })
    expect(catalogRow({ id: "c2", name: "Meta", destination: "meta", mode: "push", counts })).toMatchObject({ items: 53, live: 10, errors: 3 })
  })
})

describe("networkSeries", () => {
  it("has every day of the range, leaves direct out and orders networks by revenue", () => {
    const s = networkSeries({ from: new Date("2026-12-01T00:00:00Z"), to: new Date("2026-12-04T00:00:00Z") }, [
      { date: "2026-12-01", groups: { direct: { orders: 3, revenue: 300 }, facebook: { orders: 1, revenue: 50 } } },
      { date: "2026-12-03", groups: { pinterest: { orders: 2, revenue: 120 }, facebook: { orders: 0.5, revenue: 20 } } },
    ])
    expect(s.networks).toEqual(["pinterest", "facebook"])
    expect(s.days.map((d) => [d.date, d.orders, d.revenue])).toEqual([
      ["2026-12-01", 1, 50],
      ["2026-12-02", 0, 0],
      ["2026-12-03", 2.5, 140],
    ])
    expect(s.days[0].networks.direct).toBeUndefined()
  })
})
