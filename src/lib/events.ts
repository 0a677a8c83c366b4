import {
  CustomerWorkflowEvents,
  InventoryItemWorkflowEvents,
  InventoryLevelWorkflowEvents,
  OrderWorkflowEvents,
  PaymentEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
} from "@medusajs/framework/utils"
import type { RejectionReason } from "../modules/product-review/lib/vocabulary"

/**
 * Every event of the plugin, in one place: the names it emits (`SocialEvents`) with their
 * payloads, and the Medusa events it listens to (`CoreEvents`) with the payload each carries.
 * Workflows emit and subscribers listen by these constants, never by a string of their own.
 * Payloads carry ids, never personal data.
 */
export const SocialEvents = {
  SETTINGS_UPDATED: "social.settings.updated",
  SHARE_CLICKED: "social.share.clicked",
  REVIEW_CREATED: "social.review.created",
  REVIEW_APPROVED: "social.review.approved",
  REVIEW_REJECTED: "social.review.rejected",
  REVIEW_DELETED: "social.review.deleted",
  REVIEW_IMPORT_CREATED: "social.review.import.created",
  QUESTION_CREATED: "social.question.created",
  REWARD_GRANTED: "social.reward.granted",
  REWARD_ISSUED: "social.reward.issued",
  REWARD_REVOKED: "social.reward.revoked",
  CATALOG_SYNC_REQUESTED: "social.catalog.sync_requested",
  CATALOG_SYNCED: "social.catalog.synced",
  ORDER_ATTRIBUTED: "social.order.attributed",
  PRICES_CHANGED: "social.prices.changed",
} as const

export type SocialEventName = (typeof SocialEvents)[keyof typeof SocialEvents]

/**
 * Medusa's events that the plugin's subscribers listen to, by Medusa's own constants. Product,
 * variant, inventory, order, customer and payment events carry `{ id }` (`IdEvent`); a received
 * return carries `ReturnReceivedEvent`.
 */
export const CoreEvents = {
  PRODUCT_CREATED: ProductWorkflowEvents.CREATED,
  PRODUCT_UPDATED: ProductWorkflowEvents.UPDATED,
  PRODUCT_DELETED: ProductWorkflowEvents.DELETED,
  VARIANT_CREATED: ProductVariantWorkflowEvents.CREATED,
  VARIANT_UPDATED: ProductVariantWorkflowEvents.UPDATED,
  VARIANT_DELETED: ProductVariantWorkflowEvents.DELETED,
  INVENTORY_LEVEL_CREATED: InventoryLevelWorkflowEvents.CREATED,
  INVENTORY_LEVEL_UPDATED: InventoryLevelWorkflowEvents.UPDATED,
  INVENTORY_LEVEL_DELETED: InventoryLevelWorkflowEvents.DELETED,
  INVENTORY_ITEM_UPDATED: InventoryItemWorkflowEvents.UPDATED,
  ORDER_PLACED: OrderWorkflowEvents.PLACED,
  ORDER_CANCELED: OrderWorkflowEvents.CANCELED,
  ORDER_RETURN_RECEIVED: OrderWorkflowEvents.RETURN_RECEIVED,
  PAYMENT_REFUNDED: PaymentEvents.REFUNDED,
  CUSTOMER_DELETED: CustomerWorkflowEvents.DELETED,
} as const

/** The payload of Medusa's entity events: the entity's id (some emitters batch several). */
export type IdEvent = { id: string }

/** `order.return_received`. */
export type ReturnReceivedEvent = { order_id: string; return_id: string }

/** `social.settings.updated`: the names of the changed fields (other processes drop their cache). */
export type SettingsUpdatedEvent = { fields: string[] }

/** `social.catalog.sync_requested`: a queued run the worker runs (the request only opened it). */
export type CatalogSyncRequestedEvent = { run_id: string }

/** `social.review.created`: every new review (the low-rating alert listens to it). */
export type ReviewCreatedEvent = { id: string; product_id: string; rating: number; status: string }

/** `social.review.import.created`: an admin started an import; its subscriber runs it on the worker. */
export type ReviewImportCreatedEvent = { id: string }

/** `social.question.created`: every new question, pending or published. */
export type QuestionCreatedEvent = { id: string; product_id: string; status: string }

/** `social.review.rejected`. */
export type ReviewRejectedEvent = {
  id: string
  product_id: string
  /** Null for an imported review whose author is not a customer here (no one to notify). */
  customer_id: string | null
  reason: RejectionReason
  /** "approved" when a published (and perhaps rewarded) review is withdrawn. */
  previous_status: "pending" | "approved" | "rejected"
  /** When the review was rejected (ISO): with the id, names this one decision (idempotency). */
  moderated_at: string | null
}

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
