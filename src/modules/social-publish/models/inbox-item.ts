import { model } from "@medusajs/framework/utils"

/**
 * A comment, reply or mention that came back from a network: on one of the shop's posts (tied to
 * the post and its product) or, for an Instagram mention, on someone else's media. Polling and
 * Meta's webhooks both bring them; `(account_id, platform_comment_id)` is unique, so a comment
 * delivered twice (or polled after its webhook) is one item. A comment its author deleted keeps
 * its row with `removed_at` (not a soft delete), so a late delivery of it does not bring it back.
 */
export const SocialInboxItem = model
  .define("social_inbox_item", {
    id: model.id({ prefix: "sinb" }).primaryKey(),
    account_id: model.text(),
    network: model.enum(["facebook", "instagram", "x", "linkedin"]),
    /** Our post it answers (null: a mention elsewhere, or a post made outside the plugin). */
    post_id: model.text().nullable(),
    product_id: model.text().nullable(),
    platform_comment_id: model.text(),
    /** The platform's id of the post or media the comment is on. */
    platform_post_id: model.text().nullable(),
    /** The comment it answers, when it is a reply in a thread. */
    platform_parent_id: model.text().nullable(),
    kind: model.enum(["comment", "reply", "mention"]).default("comment"),
    author_name: model.text().nullable(),
    author_handle: model.text().nullable(),
    text: model.text().default(""),
    commented_at: model.dateTime(),
    status: model.enum(["open", "done", "hidden"]).default("open"),
    replied_at: model.dateTime().nullable(),
    reply_id: model.text().nullable(),
    reply_text: model.text().nullable(),
    /**
     * When an answer was about to be sent (written before the platform is called, with its
     * `reply_text`): with no `reply_id`, the platform's answer never came back and the reply may
     * be on the platform. Another send then needs the admin's `resend`.
     */
    reply_started_at: model.dateTime().nullable(),
    /** When each alert went out (once each): unanswered past the settings' hours, an alert word. */
    unanswered_alerted_at: model.dateTime().nullable(),
    words_alerted_at: model.dateTime().nullable(),
    removed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["account_id", "platform_comment_id"], unique: true },
    { on: ["status", "commented_at"], where: "removed_at IS NULL" },
    { on: ["post_id"], where: "post_id IS NOT NULL" },
    { on: ["product_id"], where: "product_id IS NOT NULL" },
    // The unanswered alert's question reads only open items not yet alerted.
    { on: ["commented_at"], where: "status = 'open' AND unanswered_alerted_at IS NULL AND removed_at IS NULL" },
  ])
