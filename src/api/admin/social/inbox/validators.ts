import { z } from "@medusajs/framework/zod"
import { listParams } from "../../../utils/list-query"

export const INBOX_STATUSES = ["open", "done", "hidden"] as const

export const AdminListInboxParams = z
  .object({
    status: z.enum(INBOX_STATUSES, { error: `must be one of ${INBOX_STATUSES.join(", ")}` }).optional(),
    account_id: z.string().trim().min(1).max(64).optional(),
    post_id: z.string().trim().min(1).max(64).optional(),
    product_id: z.string().trim().min(1).max(64).optional(),
    network: z.enum(["facebook", "instagram", "x", "linkedin"], { error: "must be one of facebook, instagram, x, linkedin" }).optional(),
    kind: z.enum(["comment", "reply", "mention"], { error: "must be one of comment, reply, mention" }).optional(),
    ...listParams({ limit: 50, maxLimit: 200 }),
  })
  .strict()
export type AdminListInboxParamsType = z.infer<typeof AdminListInboxParams>

/**
 * The fields of `GET /admin/social/inbox` (Medusa's query config). Through the read-only product
 * link, `fields=+product.title` joins the product the post showed.
 */
export const inboxItemFields = [
  "id",
  "account_id",
  "network",
  "post_id",
  "product_id",
  "platform_comment_id",
  "platform_post_id",
  "platform_parent_id",
  "kind",
  "author_name",
  "author_handle",
  "text",
  "commented_at",
  "status",
  "replied_at",
  "reply_id",
  "reply_text",
  "reply_started_at",
  "created_at",
  "updated_at",
]
export const listInboxConfig = {
  defaults: inboxItemFields,
  allowed: [...inboxItemFields, "product.id", "product.title", "product.handle", "product.thumbnail"],
}

/**
 * A public answer, as the admin typed it (the network's own limit applies: X counts 280).
 * `resend`: send again an answer whose platform answer was lost (the admin checked that it is not
 * on the platform); without it such an item answers as it stands, never a second post.
 */
export const AdminReplyInboxItem = z
  .object({
    text: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(8000, "must be at most 8000 characters"),
    resend: z.boolean({ error: "must be true or false" }).optional(),
  })
  .strict()
export type AdminReplyInboxItemType = z.infer<typeof AdminReplyInboxItem>

export const AdminInboxEmpty = z.object({}).strict()
