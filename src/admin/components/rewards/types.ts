/** The reward admin API's shapes (src/api/admin/social/reward-*, referrals). */

export type RewardRule = {
  id: string
  name: string
  description: string | null
  status: string
  version: number
  trigger: string
  trigger_config: { visitors?: number; within_hours?: number; verified_purchase_only?: boolean; product_ids?: string[] }
  reward: { type: string; value?: number; currency_code?: string; expires_in_days?: number; cost_estimate?: number }
  caps: { period: string; max_count: number | null; max_value: number | null; budget: number | null }
  min_order_value: number | null
  hold_hours: number
  created_at: string
  updated_at: string
}

export type Simulation = {
  rule_id: string
  days: number
  since: string
  events: number
  grants: { customer_id: string; source_type: string; source_id: string; value: number; at: string }[]
  total_cost: number
  caps_hit: { customer_id: string; source_id: string; cap: string; detail: string }[]
  skipped: { source_id: string; reason: string }[]
  missing: string[]
}

export type Grant = {
  id: string
  status: string
  status_reason: string | null
  customer_id: string
  rule_id: string
  rule_version: number
  rule_snapshot: { name?: string } | null
  source_type: string
  source_id: string
  value: number
  currency_code: string | null
  hold_until: string
  code: string | null
  created_at: string
  signals: unknown
}

export type Referral = {
  id: string
  code: string
  status: string
  referrer_customer_id: string
  friend_customer_id: string | null
  /** Fraud signals such as same_ip_ua, existing_customer. */
  signals: string[]
  score: number | null
  order_id: string | null
  review_note: string | null
  created_at: string
}
