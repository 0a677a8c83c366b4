import { Badge, Text } from "@medusajs/ui"
import type { Compared } from "./types"

type Props = { label: string; figure: Compared; format: (v: number) => string; testId: string; children?: React.ReactNode }

/** One headline figure, its change against the previous period, and the previous value. */
export function KpiCard({ label, figure, format, testId, children }: Props) {
  const { current, previous, change } = figure
  const color = change === null || change === 0 ? "grey" : change > 0 ? "green" : "red"
  return (
    <div className="flex flex-col gap-y-1 rounded-lg border px-4 py-3" data-testid={`kpi-${testId}`}>
      <Text size="small" className="text-ui-fg-subtle">
        {label}
      </Text>
      <div className="flex items-baseline gap-x-2">
        <Text size="xlarge" weight="plus" data-testid={`kpi-${testId}-value`} data-value={current ?? ""}>
          {current === null ? "—" : format(current)}
        </Text>
        {change !== null ? (
          <Badge size="2xsmall" color={color}>
            {change > 0 ? "▲" : change < 0 ? "▼" : ""} {Math.abs(Math.round(change * 1000) / 10)}%
          </Badge>
        ) : null}
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        Previous period: {previous === null ? "—" : format(previous)}
      </Text>
      {children}
    </div>
  )
}
