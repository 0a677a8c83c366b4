/**
 * Tooltips in the dashboard's own colours: Recharts writes each item in its series colour by
 * default, which fails contrast on a light background (axe: color-contrast).
 */
export const tooltipProps = {
  contentStyle: { fontSize: 12, borderRadius: 8, background: "var(--bg-base)", color: "var(--fg-base)", borderColor: "var(--border-base)" },
  itemStyle: { color: "var(--fg-base)" },
  labelStyle: { color: "var(--fg-base)" },
}
