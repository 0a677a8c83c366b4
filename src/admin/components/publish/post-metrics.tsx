import { Text } from "@medusajs/ui"
import { dateTime, money } from "../../lib/format"
import type { PostMetrics } from "./types"

const compact = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 })

/** The figures that exist, in the order a merchant reads them; a figure the network does not tell is left out. */
function figures(m: PostMetrics): [key: string, label: string, value: number][] {
  const p = m.platform
  const rows: [string, string, number | null | undefined][] = [
    ["impressions", "impressions", p?.impressions],
    ["reactions", "reactions", p?.reactions],
    ["comments", "comments", p?.comments],
    ["shares", "shares", p?.shares],
    ["link_clicks", "link clicks (platform)", p?.link_clicks],
    ["clicks", "clicks on its link", m.link?.clicks],
    ["visitors", "visitors", m.link?.distinct_visitors],
  ]
  return rows.filter((r): r is [string, string, number] => typeof r[2] === "number")
}

const orders = (m: PostMetrics) =>
  m.orders.map((o) => `${compact.format(o.orders)} ${o.orders === 1 ? "order" : "orders"}, ${money(o.revenue, o.currency_code)}`).join(" · ")

/**
 * What a published post did: the platform's figures (as last polled, hourly), the clicks on its own
 * tracked link and the orders and revenue attribution gives it. `compact`: one line for a calendar
 * card; otherwise a labelled grid for the post's page.
 */
export function PostMetricsView({ metrics, compact: short }: { metrics: PostMetrics; compact?: boolean }) {
  const shown = figures(metrics)
  const sold = orders(metrics)
  if (short) {
    const parts = shown.filter(([k]) => k !== "visitors").map(([k, label, v]) => ({ k, text: `${compact.format(v)} ${label.replace(" (platform)", "")}`, v }))
    if (sold) parts.push({ k: "orders", text: sold, v: NaN })
    return (
      <Text size="xsmall" className="text-ui-fg-subtle" data-post-metrics>
        {parts.length
          ? parts.map((p, i) => (
              <span key={p.k} data-metric={p.k} data-value={Number.isNaN(p.v) ? undefined : p.v}>
                {i ? " · " : ""}
                {p.text}
              </span>
            ))
          : "No figures yet"}
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-2" data-testid="post-metrics">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
        {shown.map(([k, label, v]) => (
          <div key={k} className="flex flex-col">
            <dt>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {label}
              </Text>
            </dt>
            <dd>
              <Text size="small" weight="plus" data-metric={k} data-value={v}>
                {v.toLocaleString()}
              </Text>
            </dd>
          </div>
        ))}
        <div className="flex flex-col">
          <dt>
            <Text size="xsmall" className="text-ui-fg-subtle">
              orders (attributed)
            </Text>
          </dt>
          <dd>
            <Text size="small" weight="plus" data-metric="orders">
              {sold || "none yet"}
            </Text>
          </dd>
        </div>
      </dl>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {metrics.platform ? `The platform's figures as of ${dateTime(metrics.platform_fetched_at)}; read hourly.` : "The platform's figures are read hourly once the post is published (where the network has insights)."}
      </Text>
    </div>
  )
}
