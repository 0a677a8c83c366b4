import { z } from "@medusajs/framework/zod"
import { nullableTimestamp, offsetPage, timestamp } from "../../../openapi/common"

export const AdminInboxItem = z
  .object({
    id: z.string(),
    account_id: z.string(),
    network: z.enum(["facebook", "instagram", "x", "linkedin"]),
    post_id: z.string().nullable().meta({ description: "The shop's post it answers (null: a mention elsewhere, or a post made outside the plugin)." }),
    product_id: z.string().nullable(),
    platform_comment_id: z.string(),
    platform_post_id: z.string().nullable(),
    platform_parent_id: z.string().nullable().meta({ description: "The comment it answers, for a reply in a thread." }),
    kind: z.enum(["comment", "reply", "mention"]),
    author_name: z.string().nullable(),
    author_handle: z.string().nullable(),
    text: z.string(),
    commented_at: timestamp,
    status: z.enum(["open", "done", "hidden"]),
    replied_at: nullableTimestamp,
    reply_id: z.string().nullable().meta({ description: "The platform's id of the shop's public answer." }),
    reply_text: z.string().nullable(),
    reply_started_at: nullableTimestamp.meta({ description: "When the answer was sent; set without `reply_id`, the platform's answer was lost and the reply may be on the platform (send again only with `resend`)." }),
    created_at: timestamp,
    updated_at: timestamp,
    product: z.object({ id: z.string().optional(), title: z.string().optional(), handle: z.string().optional(), thumbnail: z.string().nullable().optional() }).nullable().optional(),
  })
  .partial()
  .required({ id: true })
  .strict()

export const AdminInboxItemResponse = z.object({ item: AdminInboxItem }).strict()
export const AdminListInboxResponse = z.object({ items: z.array(AdminInboxItem), ...offsetPage }).strict()
export const MetaWebhookResponse = z
  .object({
    received: z.number().int().meta({ description: "Comment changes the delivery carried (other fields are ignored)." }),
    stored: z.number().int().meta({ description: "Items stored or changed (0 for a delivery received before)." }),
    removed: z.number().int(),
  })
  .strict()
