import { z } from "@medusajs/framework/zod"
import type { ReviewOptions } from "../../../../modules/product-review"
import { REPORT_REASONS, REVIEW_SORTS } from "../../../../modules/product-review"

const rating = z
  .number({ error: "must be a whole number from 1 to 5" })
  .int("must be a whole number from 1 to 5")
  .min(1, "must be a whole number from 1 to 5")
  .max(5, "must be a whole number from 1 to 5")

/** The body of a new review; its length limits come from the `reviews` plugin options. */
export function storeCreateReviewSchema(o: ReviewOptions) {
  return z
    .object({
      product_id: z.string().trim().min(1).max(100),
      rating,
      title: z.string().trim().min(1, "must not be empty").max(o.titleMaxLength, `must be at most ${o.titleMaxLength} characters`),
      body: z
        .string()
        .trim()
        .min(o.bodyMinLength, `must be at least ${o.bodyMinLength} characters`)
        .max(o.bodyMaxLength, `must be at most ${o.bodyMaxLength} characters`),
      /**
       * The reviewer agrees that the shop may quote the review in its own social posts. Asked with
       * the review (an unticked box by default): automatic review posts need it.
       */
      social_consent: z.boolean({ error: "must be true or false" }).optional(),
    })
    .strict()
}

/**
 * An edit of one's own review: any of rating, title, body, and the consent to be quoted (given or
 * withdrawn; alone, it does not send the review back to moderation).
 */
export function storeUpdateReviewSchema(o: ReviewOptions) {
  return storeCreateReviewSchema(o)
    .omit({ product_id: true })
    .partial()
    .strict()
    .refine((v) => Object.keys(v).length > 0, "must change at least one of rating, title, body, social_consent")
}

export const StoreHelpfulVote = z
  .object({
    /** A random id the storefront keeps per browser (for visitors who are not logged in). */
    visitor_id: z.string().trim().min(8, "must be at least 8 characters").max(128).optional(),
  })
  .strict()

export const StoreListReviewsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
    sort: z.enum(REVIEW_SORTS, { error: `must be one of ${REVIEW_SORTS.join(", ")}` }).default("newest"),
    rating: z.coerce.number().int().min(1).max(5).optional(),
    verified: z.enum(["true", "false"]).optional(),
    with_photos: z.enum(["true", "false"]).optional(),
  })
  .strict()

export type StoreListReviewsQueryType = z.infer<typeof StoreListReviewsQuery>
export type StoreHelpfulVoteType = z.infer<typeof StoreHelpfulVote>
export type StoreCreateReviewType = z.infer<ReturnType<typeof storeCreateReviewSchema>>
export type StoreUpdateReviewType = z.infer<ReturnType<typeof storeUpdateReviewSchema>>

export const StoreReportReview = z
  .object({
    reason: z.enum(REPORT_REASONS, { error: `must be one of ${REPORT_REASONS.join(", ")}` }),
    comment: z.string().trim().max(1000, "must be at most 1000 characters").optional(),
    visitor_id: z.string().trim().min(8, "must be at least 8 characters").max(128).optional(),
  })
  .strict()
export type StoreReportReviewType = z.infer<typeof StoreReportReview>
