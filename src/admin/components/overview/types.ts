/** GET /admin/social/overview's answer (see src/lib/overview.ts for how each figure is made). */
export type Compared = { current: number | null; previous: number | null; change: number | null }

export type Overview = {
  from: string
  to: string
  previous: { from: string; to: string }
  currency_code: string | null
  model: string
  kpis: Record<
    | "share_clicks"
    | "distinct_visitors"
    | "attributed_orders"
    | "attributed_revenue"
    | "conversion_rate"
    | "average_rating"
    | "new_reviews"
    | "rewards_issued_value"
    | "rewards_redeemed_value",
    Compared
  >
  pending_reviews: number
  grants_needing_review: number
  catalog: { id: string; name: string; destination: string; mode: string; items: number; live: number; errors: number }[]
  series: { networks: string[]; days: SeriesDay[] }
  top_products: { product_id: string; title: string | null; thumbnail: string | null; links: number; clicks: number; visitors: number }[]
  funnel: { step: string; label: string; value: number; rate: number | null }[]
}

export type SeriesDay = { date: string; orders: number; revenue: number; networks: Record<string, { orders: number; revenue: number }> }
