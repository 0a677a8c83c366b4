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

/**
 * What the customer is told when their review is rejected: neutral, about the content's fit with
 * the review guidelines, never about the rating or the opinion.
 */
export const REJECTION_REASON_TEXT: Record<RejectionReason, string> = {
  spam: "it looks like advertising or repeated content",
  off_topic: "it is not about your experience with the product",
  offensive_language: "it contains language our guidelines do not allow",
  personal_information: "it contains personal information (such as an email address or phone number)",
  not_about_product: "it is about something other than the product, such as delivery or the shop",
  conflict_of_interest: "it appears to come from someone connected to the product",
  duplicate: "it repeats a review that was already posted",
  illegal_content: "it contains content that cannot be published",
}

/** Why a shopper may report a review (a fixed list: the admin's queue groups by it). */
export const REPORT_REASONS = ["spam", "offensive", "off_topic", "personal_information", "fake", "other"] as const
export type ReportReason = (typeof REPORT_REASONS)[number]

/** Where a review comes from: written here, or imported from a platform's export. */
export const REVIEW_SOURCES = ["store", "judgeme", "yotpo", "import"] as const
export type ReviewSource = (typeof REVIEW_SOURCES)[number]
