import { Text } from "@medusajs/ui"
import { money } from "../../lib/format"
import type { Report } from "./types"

/** Revenue per day as plain bars (no chart library: the dashboard ships none to plugins). */
export function SeriesBars({ report }: { report: Report }) {
  const max = Math.max(0, ...report.series.map((d) => d.revenue))
  if (!report.series.length || !max) return null
  return (
    <div className="flex h-32 items-end gap-px" aria-label="Revenue per day">
      {report.series.map((d) => (
        <div key={d.date} className="flex-1 rounded-t bg-ui-fg-interactive" style={{ height: `${Math.max(2, (d.revenue / max) * 100)}%` }} title={`${d.date}: ${d.orders} orders, ${money(d.revenue, report.currency_code)}`} />
      ))}
      <Text size="xsmall" className="sr-only">
        {report.series.length} days
      </Text>
    </div>
  )
}
