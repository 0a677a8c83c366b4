import { z } from "@medusajs/framework/zod"
import { deletedResponse, nullableTimestamp, offsetPage, timestamp } from "../../../openapi/common"

export const AdminSocialPost = z
  .object({
    id: z.string(),
    account_id: z.string(),
    status: z.enum(["draft", "scheduled", "publishing", "published", "failed", "held"]),
    product_id: z.string().nullable(),
    variant_id: z.string().nullable(),
    link_url: z.string().nullable(),
    template: z.string().nullable(),
    text: z.string(),
    title: z.string().nullable(),
    media: z.string(),
    locale: z.string(),
    currency_code: z.string(),
    country_code: z.string().nullable(),
    scheduled_at: nullableTimestamp,
    time_zone: z.string(),
    share_code: z.string().nullable(),
    share_url: z.string().nullable(),
    platform_post_id: z.string().nullable(),
    permalink: z.string().nullable(),
    error_message: z.string().nullable(),
    attempts: z.number().int(),
    published_at: nullableTimestamp,
    origin: z.string(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .strict()

export const AdminSocialPostResponse = z.object({ post: AdminSocialPost }).strict()
export const AdminListSocialPostsResponse = z.object({ posts: z.array(AdminSocialPost), ...offsetPage }).strict()
export const AdminDeleteSocialPostResponse = deletedResponse("social_post")
