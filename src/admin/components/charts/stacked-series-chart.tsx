import { Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { money, words } from "../../lib/format"
import { seriesColor } from "../chart-colors"
import { tooltipProps } from "./tooltip-style"

export type SeriesPoint = { date: string; groups: Record<string, { orders: number; revenue: number }> }

type Props = {
  /** One entry per day, oldest first. */
  days: SeriesPoint[]
  /** The series to stack, in legend order. */
  keys: string[]
  metric: "revenue" | "orders"
  currency: string | null
  /** Names the chart for screen readers and heads its table. */
  title: string
  testId?: string
}

const dayLabel = (date: string) => new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, { month: "short", day: "numeric", timeZone: "UTC" })

/**
 * A daily series stacked by group (network, campaign...) with date and value axes, a legend and
 * tooltips, and the same numbers as a table for screen readers (a chart alone says nothing to
 * them). Days without data are drawn as empty days, not left out, so the time axis stays true.
 */
export function StackedSeriesChart({ days, keys, metric, currency, title, testId }: Props) {
  const format = (v: number) => (metric === "revenue" ? money(v, currency) : String(Math.round(v * 100) / 100))
  const hasData = days.some((d) => keys.some((k) => (d.groups[k]?.[metric] ?? 0) > 0))
  if (!hasData) {
    return (
      <div className="flex h-48 items-center justify-center rounded-md border border-dashed" data-testid={testId ? `${testId}-empty` : undefined}>
        <Text size="small" className="text-ui-fg-subtle">
          No attributed {metric === "revenue" ? "revenue" : "orders"} in this range yet.
        </Text>
      </div>
    )
  }
  const rows = days.map((d) => ({ date: d.date, ...Object.fromEntries(keys.map((k) => [k, d.groups[k]?.[metric] ?? 0])) }))
  return (
    <figure className="m-0" data-testid={testId}>
      <div className="h-72 w-full text-ui-fg-subtle" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
            <XAxis dataKey="date" tickFormatter={dayLabel} tick={{ fill: "currentColor", fontSize: 12 }} minTickGap={16} />
            <YAxis tickFormatter={format} tick={{ fill: "currentColor", fontSize: 12 }} width={metric === "revenue" ? 80 : 40} allowDecimals={metric === "revenue"} />
            <Tooltip
              formatter={(value, name) => [format(Number(value)), words(String(name))]}
              labelFormatter={(label) => dayLabel(String(label))}
              {...tooltipProps}
            />
            <Legend formatter={(name) => words(String(name))} wrapperStyle={{ fontSize: 12 }} />
            {keys.map((k, i) => (
              <Bar key={k} dataKey={k} name={k} stackId="total" fill={seriesColor(i)} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{title}</figcaption>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {keys.map((k) => (
              <th scope="col" key={k}>
                {words(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.date}>
              <th scope="row">{r.date}</th>
              {keys.map((k) => (
                <td key={k}>{format((r as Record<string, number | string>)[k] as number)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
