import { model } from "@medusajs/framework/utils"

/**
 * The click ledger: one row per share link and flushed batch. Counts are summed, never updated in
 * place; (batch_id, share_link_id) is unique so a batch flushed twice is counted once.
 */
export const SocialShareClickBatch = model
  .define("social_share_click_batch", {
    id: model.id({ prefix: "sscb" }).primaryKey(),
    batch_id: model.text(),
    share_link_id: model.text(),
    /** Every request of this batch, bots and self included. */
    clicks: model.number().default(0),
    bot_clicks: model.number().default(0),
    self_clicks: model.number().default(0),
    /** Visitor keys first seen in this batch (neither bot nor self). */
    new_visitors: model.number().default(0),
    first_click_at: model.dateTime(),
    last_click_at: model.dateTime(),
  })
  .indexes([
    { on: ["batch_id", "share_link_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["share_link_id"] },
  ])
