import { z } from "@medusajs/framework/zod"
import { deletedResponse, nullableTimestamp, offsetPage, timestamp } from "../../../openapi/common"

const figure = z.number().nullable()

/** A post's figures: the platform's (as last polled), its link's clicks, its attributed orders. */
const postMetrics = {
  platform: z
    .object({ impressions: figure, reactions: figure, comments: figure, shares: figure, link_clicks: figure })
    .strict()
    .nullable()
    .meta({ description: "from the platform's insights (null until polled, or where the network is not read); a null figure is one the platform does not tell" }),
  platform_fetched_at: nullableTimestamp,
  link: z.object({ clicks: z.number(), bot_clicks: z.number(), distinct_visitors: z.number() }).strict().nullable(),
  orders: z.array(z.object({ currency_code: z.string(), orders: z.number(), revenue: z.number() }).strict()),
}

export const AdminSocialPostMetrics = z.object(postMetrics).strict()

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
    metrics: AdminSocialPostMetrics.optional().meta({ description: "with `fields=+metrics` on the list" }),
  })
  .strict()

export const AdminSocialPostResponse = z.object({ post: AdminSocialPost }).strict()
export const AdminListSocialPostsResponse = z.object({ posts: z.array(AdminSocialPost), ...offsetPage }).strict()
export const AdminDeleteSocialPostResponse = deletedResponse("social_post")

export const AdminSocialPostMetricsResponse = z.object({ metrics: z.object({ post_id: z.string(), ...postMetrics }).strict() }).strict()
