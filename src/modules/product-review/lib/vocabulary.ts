export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/**
 * Why a review may be rejected. The list is neutral on purpose: a review is never rejected for its
 * rating or for being negative (FTC 16 CFR 465 forbids suppressing negative reviews; EU rules ask
 * shops to say how reviews are checked). "low rating" is not, and must never be, on this list.
 */
export const REJECTION_REASONS = [
  "spam",
  "off_topic",
  "offensive_language",
  "personal_information",
  "not_about_product",
  "conflict_of_interest",
  "duplicate",
  "illegal_content",
] as const
export type RejectionReason = (typeof REJECTION_REASONS)[number]

/** Orders of the store's review list. */
export const REVIEW_SORTS = ["newest", "most_helpful", "rating_desc", "rating_asc"] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

/** Photo formats accepted on upload (sniffed from the bytes, not the declared type). */
export const ACCEPTED_PHOTO_FORMATS = ["jpeg", "png", "webp", "heif", "avif"] as const
