/** GET /admin/social/attribution/report's answer. */
export type Report = {
  from: string
  to: string
  group_by: string
  model: string
  currency_code: string | null
  totals: { orders: number; revenue: number; aov: number }
  groups: { key: string; orders: number; revenue: number; aov: number; share: number }[]
  series: { date: string; orders: number; revenue: number; groups: Record<string, { orders: number; revenue: number }> }[]
}
