import { z } from "@medusajs/framework/zod"
import { nullableTimestamp, offsetPage, timestamp } from "../../../openapi/common"

export const AdminReview = z
  .looseObject({
    id: z.string(),
    product_id: z.string(),
    customer_id: z.string(),
    order_id: z.string().nullable(),
    rating: z.number().int(),
    title: z.string(),
    body: z.string(),
    author_name: z.string().nullable(),
    status: z.enum(["pending", "approved", "rejected"]),
    rejection_reason: z.string().nullable(),
    moderated_at: nullableTimestamp,
    verified_purchase: z.boolean(),
    incentivized: z.boolean(),
    has_media: z.boolean(),
    helpful_count: z.number().int(),
    media: z.array(z.looseObject({ id: z.string(), url: z.string() })),
    product: z.object({ id: z.string(), title: z.string().nullable() }).strict(),
    response: z.looseObject({ id: z.string(), body: z.string() }).nullable(),
    created_at: timestamp,
    updated_at: timestamp,
  })

export const AdminListReviewsResponse = z.object({ reviews: z.array(AdminReview), ...offsetPage }).strict()
export const AdminReviewResponse = z.object({ review: AdminReview }).strict()
export const AdminModerateReviewResponse = z
  .object({ review: AdminReview, changed: z.boolean().meta({ description: "false when the review already had this status" }) })
  .strict()
