import { z } from "@medusajs/framework/zod"
import { nullableTimestamp, offsetPage, timestamp } from "../../../openapi/common"

// The review as stored; its photos and reply keep the rows' own fields (ids, file ids, sizes).
export const AdminReview = z
  .object({
    id: z.string(),
    product_id: z.string(),
    customer_id: z.string(),
    order_id: z.string().nullable(),
    order_line_item_id: z.string().nullable(),
    rating: z.number().int(),
    title: z.string(),
    body: z.string(),
    author_name: z.string().nullable(),
    status: z.enum(["pending", "approved", "rejected"]),
    rejection_reason: z.string().nullable(),
    moderated_at: nullableTimestamp,
    moderated_by: z.string().nullable(),
    verified_purchase: z.boolean(),
    incentivized: z.boolean(),
    incentive_grant_id: z.string().nullable(),
    has_media: z.boolean(),
    helpful_count: z.number().int(),
    media: z.array(z.looseObject({ id: z.string(), url: z.string() })),
    product: z.object({ id: z.string(), title: z.string().nullable() }).strict(),
    response: z.looseObject({ id: z.string(), body: z.string() }).nullable(),
    created_at: timestamp,
    updated_at: timestamp,
    deleted_at: nullableTimestamp,
  })
  .strict()

export const AdminListReviewsResponse = z.object({ reviews: z.array(AdminReview), ...offsetPage }).strict()
export const AdminReviewResponse = z.object({ review: AdminReview }).strict()
export const AdminModerateReviewResponse = z
  .object({ review: AdminReview, changed: z.boolean().meta({ description: "false when the review already had this status" }) })
  .strict()
