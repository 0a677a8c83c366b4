import { z } from "@medusajs/framework/zod"
import type { ZodOpenApiPathsObject } from "zod-openapi"
import { AdminInboxEmpty, AdminListInboxParams, AdminReplyInboxItem } from "../admin/social/inbox/validators"
import * as IN from "../admin/social/inbox/responses"
import { MetaWebhookChallenge } from "../social/webhooks/meta/middlewares"
import { idParam, route, type RouteSpec } from "./define"

// The inbox: comments on the shop's posts (admin), and Meta's webhook (public, signed).

const now = "2026-05-01T10:00:00.000Z"
const admin = (spec: Omit<RouteSpec, "auth" | "tags">) => route({ ...spec, auth: "admin", tags: ["Admin: inbox"] })

const item = {
  id: "sinb_01JTX",
  account_id: "spac_01JTX",
  network: "facebook",
  post_id: "spst_01JTX",
  product_id: "prod_01JTX",
  platform_comment_id: "1010_5_77",
  platform_post_id: "1010_5",
  platform_parent_id: null,
  kind: "comment",
  author_name: "Ann B.",
  author_handle: null,
  text: "Does it come in green?",
  commented_at: now,
  status: "open",
  replied_at: null,
  reply_id: null,
  reply_text: null,
  created_at: now,
  updated_at: now,
}
const answered = { ...item, status: "done", replied_at: now, reply_id: "1010_5_78", reply_text: "Yes, from Monday!" }
const action = (summary: string, description: string, body: z.ZodType, example: unknown, result: unknown, errors = [404]) =>
  admin({ summary, description, path: idParam("id", "sinb_01JTX"), body: { schema: body, example }, errors, responses: [{ status: 200, schema: IN.AdminInboxItemResponse, example: { item: result } }] })

export function inboxPaths(): ZodOpenApiPathsObject {
  return {
    "/admin/social/inbox": {
      get: admin({
        summary: "Comments, replies and mentions on the shop's posts",
        description:
          "Oldest first by default (the comment waiting longest comes first). Filters: status, account, post, product, network, kind. Each item is tied to its post and the post's product; `fields=+product.title` joins the product. Comments their authors deleted are not listed.",
        query: AdminListInboxParams,
        responses: [{ status: 200, schema: IN.AdminListInboxResponse, example: { items: [item], count: 1, offset: 0, limit: 50 } }],
      }),
    },
    "/admin/social/inbox/{id}/reply": {
      post: action(
        "Answer a comment publicly",
        "Through its network: a comment under the Facebook comment, an Instagram reply (or an answer to a mention), an X reply. The item is done. One answer per item: a second is refused (400). The platform's refusal is a 400 with its message.",
        AdminReplyInboxItem,
        { text: "Yes, from Monday!" },
        answered
      ),
    },
    "/admin/social/inbox/{id}/hide": {
      post: action(
        "Hide a comment on its network",
        "Facebook `is_hidden`, Instagram `hide`, X's hidden replies: others no longer see it, its author still does. A mention on another account's media cannot be hidden (400).",
        AdminInboxEmpty,
        {},
        { ...item, status: "hidden" }
      ),
    },
    "/admin/social/inbox/{id}/done": {
      post: action("Mark a comment done", "Handled without a public answer; nothing is sent to the network.", AdminInboxEmpty, {}, { ...item, status: "done" }),
    },
    "/social/webhooks/meta": {
      get: route({
        summary: "Meta's webhook verification",
        description: "Answers `hub.challenge` as text when `hub.verify_token` is the plugin's `inbox.metaVerifyToken`; 403 otherwise (and when none is configured).",
        tags: ["Webhooks"],
        auth: "public",
        query: MetaWebhookChallenge,
        errors: [403],
        responses: [{ status: 200, description: "The challenge, echoed", content: { "text/plain": { schema: z.string(), example: "1158201444" } } }],
      }),
      post: route({
        summary: "Meta's webhook deliveries: Page feed comments, Instagram comments and mentions",
        description:
          "`X-Hub-Signature-256` must be `sha256=` and the HMAC-SHA256 of the raw body with the app secret (`inbox.metaAppSecret`, or an `app_secret` stored on a Facebook or Instagram account): 401 without it, 403 when it does not match, and nothing is written. A delivery received twice stores nothing the second time.",
        tags: ["Webhooks"],
        auth: "public",
        header: z.object({ "x-hub-signature-256": z.string().meta({ example: "sha256=6d1f0c…" }) }),
        body: {
          schema: z.object({ object: z.string(), entry: z.array(z.record(z.string(), z.unknown())) }).meta({ description: "Meta's delivery, as Meta sends it" }),
          example: {
            object: "page",
            entry: [{ id: "1010", time: 1764900000, changes: [{ field: "feed", value: { item: "comment", verb: "add", comment_id: "1010_5_77", post_id: "1010_5", parent_id: "1010_5", message: "Does it come in green?", from: { id: "77", name: "Ann B." }, created_time: 1764900000 } }] }],
          },
        },
        errors: [401, 403],
        responses: [{ status: 200, schema: IN.MetaWebhookResponse, example: { received: 1, stored: 1, removed: 0 } }],
      }),
    },
  }
}
