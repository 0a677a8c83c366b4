/**
 * The events the plugin emits, with their payloads: other plugins (and the plugin's own
 * capabilities) subscribe to these. Payloads carry ids, never personal data.
 */
export const SocialEvents = {
  SETTINGS_UPDATED: "social.settings.updated",
  SHARE_CLICKED: "social.share.clicked",
  REVIEW_APPROVED: "social.review.approved",
  REVIEW_DELETED: "social.review.deleted",
  REWARD_GRANTED: "social.reward.granted",
  REWARD_ISSUED: "social.reward.issued",
  REWARD_REVOKED: "social.reward.revoked",
  CATALOG_SYNCED: "social.catalog.synced",
  ORDER_ATTRIBUTED: "social.order.attributed",
  PRICES_CHANGED: "social.prices.changed",
} as const

/** Emitted by the click flush, once per share link and flush, with the counts of that batch. */
export type ShareClickedEvent = {
  share_link_id: string
  code: string
  product_id: string
  customer_id: string | null
  network: string
  clicks: number
  /** Visitor keys (HMAC hashes) first seen in this batch, neither bots nor the sharer. */
  new_distinct_visitors: number
  /** All distinct non-bot, non-self visitors of the link so far. */
  distinct_visitors_total: number
  first_click_at: string
}

export type ReviewApprovedEvent = {
  id: string
  product_id: string
  customer_id: string | null
  verified_purchase: boolean
  has_media: boolean
  /**
   * The order that proves the purchase (null when unverified): a reward for the review is tied
   * to it, so a cancel, return or refund of that purchase revokes the reward.
   */
  order_id?: string | null
  order_line_item_id?: string | null
}

/**
 * Emitted when a customer deletes their own review. The rewards capability revokes the review's
 * grant while it is still held (an issued code stays the customer's).
 */
export type ReviewDeletedEvent = {
  id: string
  product_id: string
  customer_id: string
}

export type OrderAttributedEvent = {
  order_id: string
  customer_id: string | null
  model: string
  network: string | null
  campaign: string | null
  share_code: string | null
  referral_code: string | null
  revenue: number
  currency_code: string
}

/**
 * Emitted by the price watch (job `social-price-watch`), once per product whose prices changed
 * without a product event: a price list added, edited, deleted, or one that started or ended.
 * Medusa 2.21's pricing module emits no events of its own. By the time it is emitted the product
 * is already queued for the catalog delta and the RSS cache dropped; the `og` card re-render
 * listens to it. A change seen twice may emit it twice: handlers must be idempotent.
 */
export type PricesChangedEvent = {
  /** The product. */
  id: string
  /** Its variants whose prices changed. */
  variant_ids: string[]
}

export type CatalogSyncedEvent = { channel_id: string; run_id: string; sent: number; failed: number }

export type RewardEvent = {
  grant_id: string
  customer_id: string
  rule_id: string
  /** What earned the reward: a review (marked incentivized), a share link, a referral. */
  source_type: "review" | "share_link" | "referral" | "order"
  source_id: string
}
