import { z } from "@medusajs/framework/zod"
import { REJECTION_REASONS, REVIEW_STATUSES } from "../../../../modules/product-review"

export const AdminListReviewsQuery = z
  .object({
    status: z.enum(REVIEW_STATUSES, { error: `must be one of ${REVIEW_STATUSES.join(", ")}` }).optional(),
    rating: z.coerce.number().int().min(1).max(5).optional(),
    max_rating: z.coerce.number().int().min(1).max(5).optional(),
    product_id: z.string().trim().min(1).max(100).optional(),
    customer_id: z.string().trim().min(1).max(100).optional(),
    verified: z.enum(["true", "false"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    order: z.enum(["created_at", "-created_at", "rating", "-rating"]).default("-created_at"),
  })
  .strict()

export const AdminRejectReview = z
  .object({
    reason: z.enum(REJECTION_REASONS, {
      error: `must be one of ${REJECTION_REASONS.join(", ")} (a review is never rejected for its rating)`,
    }),
  })
  .strict()

export const AdminRespondToReview = z
  .object({
    body: z.string().trim().min(1, "must not be empty").max(5000, "must be at most 5000 characters"),
  })
  .strict()

export const AdminEmpty = z.object({}).strict()

export type AdminListReviewsQueryType = z.infer<typeof AdminListReviewsQuery>
export type AdminRejectReviewType = z.infer<typeof AdminRejectReview>
export type AdminRespondToReviewType = z.infer<typeof AdminRespondToReview>
