import { model } from "@medusajs/framework/utils"

/**
 * Where the comment poller stopped on one published post: Graph's `after` cursor (Facebook,
 * Instagram) or the newest post id seen (X's `since_id`). Polling resumes from it, so each run
 * reads only what is new.
 */
export const SocialInboxCursor = model
  .define("social_inbox_cursor", {
    id: model.id({ prefix: "sicr" }).primaryKey(),
    post_id: model.text(),
    cursor: model.text().nullable(),
    polled_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["post_id"], unique: true, where: "deleted_at IS NULL" }])
