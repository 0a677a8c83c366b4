/**
 * The words of reward rules. No imports on purpose: the admin dashboard imports this file, so a
 * form's choices are the server's own lists.
 */
export const TRIGGERS = [
  "review_approved",
  "review_with_photo_approved",
  "share_visitors",
  "share_order",
  "referral_referrer",
  "referral_friend",
] as const
export type Trigger = (typeof TRIGGERS)[number]

/** Triggers paid on an order: their hold must cover the return window (a return claws back). */
export const ORDER_TRIGGERS: readonly Trigger[] = ["share_order", "referral_referrer", "referral_friend"]

export const REWARD_TYPES = ["percentage", "fixed", "free_shipping"] as const
export type RewardType = (typeof REWARD_TYPES)[number]

export const RULE_STATUSES = ["draft", "active", "paused"] as const
export type RuleStatus = (typeof RULE_STATUSES)[number]

/** A grant's states, from held to issued (or revoked); needs_review waits for a person. */
export const GRANT_STATUSES = ["held", "issuing", "issued", "redeemed", "expired", "revoked", "needs_review"] as const
export type GrantStatus = (typeof GRANT_STATUSES)[number]

/** The referral review queue's states. */
export const REFERRAL_STATUSES = ["claimed", "needs_review", "qualified", "rejected"] as const
