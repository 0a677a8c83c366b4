import { z } from "@medusajs/framework/zod"
import { offsetPage, timestamp } from "../../../openapi/common"

export const StoreReview = z
  .object({
    id: z.string(),
    product_id: z.string(),
    rating: z.number().int().min(1).max(5),
    title: z.string(),
    body: z.string(),
    author_name: z.string().nullable(),
    verified_purchase: z.boolean(),
    incentivized: z.boolean().meta({ description: "a reward was granted for this review (shown with it)" }),
    helpful_count: z.number().int(),
    created_at: timestamp,
    updated_at: timestamp,
    media: z.array(z.object({ url: z.string(), width: z.number(), height: z.number(), mime_type: z.string() }).strict()),
    response: z.object({ body: z.string(), created_at: timestamp, updated_at: timestamp }).strict().nullable(),
    status: z.enum(["pending", "approved", "rejected"]).optional().meta({ description: "on the author's own review only" }),
    social_consent: z.boolean().optional().meta({ description: "on the author's own review only: the shop may quote it in its social posts" }),
  })
  .strict()

export const ReviewStats = z
  .object({
    count: z.number().int(),
    average: z.number().nullable(),
    distribution: z.object({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int(), 5: z.number().int() }).strict(),
    verified_count: z.number().int(),
    photo_count: z.number().int(),
  })
  .strict()

export const StoreListReviewsResponse = z
  .object({ reviews: z.array(StoreReview), ...offsetPage, sort: z.string(), stats: ReviewStats })
  .strict()

export const StoreReviewResponse = z.object({ review: StoreReview }).strict()
export const StoreHelpfulResponse = z
  .object({ created: z.boolean().meta({ description: "false when this voter had already voted" }), helpful_count: z.number().int() })
  .strict()

/** The multipart form of a new review: the JSON fields as form fields, plus `photos` files. */
export const reviewPhotosField = z
  .array(z.string().meta({ format: "binary" }))
  .meta({ description: "image files (JPEG, PNG, WebP...); re-encoded to JPEG, metadata dropped" })

export const StoreReportResponse = z
  .object({ created: z.boolean().meta({ description: "false when this shopper had already reported the review" }) })
  .strict()
