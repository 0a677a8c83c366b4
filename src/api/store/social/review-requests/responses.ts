import { z } from "@medusajs/framework/zod"
import { nullableTimestamp } from "../../../openapi/common"
import { StoreReview } from "../reviews/responses"

export const StoreReviewRequest = z
  .object({
    item: z
      .object({
        product_id: z.string(),
        title: z.string(),
        image: z.string().nullable(),
      })
      .strict(),
    author_name: z.string().nullable().meta({ description: "the buyer's name as a review shows it (first name, last initial)" }),
    expires_at: nullableTimestamp,
  })
  .strict()

export const StoreReviewRequestResponse = z.object({ review_request: StoreReviewRequest }).strict()
export const StoreRequestedReviewResponse = z.object({ review: StoreReview }).strict()
export const StoreUnsubscribeResponse = z.object({ unsubscribed: z.literal(true) }).strict()
