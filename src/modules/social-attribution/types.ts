import type { AttributionModel, Consent } from "./lib/vocabulary"
import type { Credit } from "./lib/attribution-models"
import type { PurchaseEvent } from "../../providers/conversions/types"

export type RecordTouchInput = {
  visitor_id: string
  cart_id?: string | null
  customer_id?: string | null
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
  utm_term?: string | null
  utm_content?: string | null
  utm_id?: string | null
  click_ids?: Record<string, string> | null
  share_code?: string | null
  share_link_id?: string | null
  sharer_customer_id?: string | null
  referral_code?: string | null
  referrer?: string | null
  landing_path?: string | null
  network: string
  is_direct: boolean
  consent: Consent
  ip_hash?: string | null
  ip_network_hash?: string | null
  ua_hash?: string | null
  occurred_at: Date
  expires_at: Date
}

export type TouchRow = RecordTouchInput & { id: string; created_at: Date }

export type WriteAttributionInput = {
  order_id: string
  cart_id: string | null
  customer_id: string | null
  model: AttributionModel
  network: string
  campaign: string | null
  share_code: string | null
  referral_code: string | null
  deciding_touch_id: string | null
  total: string
  currency_code: string
  placed_at: Date
  ad_consent: boolean
  weights: Record<AttributionModel, Credit[]>
  trace: unknown
  lines: Array<{ product_id: string; quantity: number; total: string }>
  conversions: Array<{ destination: "meta" | "tiktok" | "pinterest"; payload: PurchaseEvent }>
}

export type ReportGroupBy = "network" | "campaign" | "product" | "share_link"

export type ReportQuery = {
  from: Date
  to: Date
  group_by: ReportGroupBy
  currency_code?: string
  model: AttributionModel
}

export type ReportRow = { key: string; orders: number; revenue: number; aov: number; share: number }

export type AttributionReport = {
  from: string
  to: string
  /** "post": the admin route's share-link report told by post. */
  group_by: ReportGroupBy | "post"
  model: AttributionModel
  currency_code: string | null
  totals: { orders: number; revenue: number; aov: number }
  groups: ReportRow[]
  series: Array<{ date: string; orders: number; revenue: number; groups: Record<string, { orders: number; revenue: number }> }>
}

export type ShareLinkStats = { share_code: string; currency_code: string; orders: number; revenue: number }
