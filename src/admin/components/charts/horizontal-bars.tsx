import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { seriesColor } from "../chart-colors"
import { tooltipProps } from "./tooltip-style"

type Props = {
  rows: { label: string; value: number }[]
  title: string
  /** How a value reads ("12 clicks"). */
  format: (v: number) => string
  color?: number
  testId?: string
}

/**
 * Bars side by side with their value at the end (ranked lists and funnels), with the numbers as
 * a table for screen readers.
 */
export function HorizontalBars({ rows, title, format, color = 0, testId }: Props) {
  return (
    <figure className="m-0" data-testid={testId}>
      <div className="w-full text-ui-fg-subtle" style={{ height: Math.max(120, rows.length * 40) }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 72, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <XAxis type="number" hide />
            <YAxis type="category" dataKey="label" width={150} tick={{ fill: "currentColor", fontSize: 12 }} interval={0} />
            <Tooltip formatter={(v) => [format(Number(v)), title]} {...tooltipProps} />
            <Bar dataKey="value" fill={seriesColor(color)} isAnimationActive={false} radius={[0, 4, 4, 0]}>
              <LabelList dataKey="value" position="right" formatter={(v: unknown) => format(Number(v))} fill="currentColor" fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{format(r.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
