import { model } from "@medusajs/framework/utils"

/**
 * Snapshot rows on their way to the platform: one row per item of a batch, written BEFORE the
 * call under the batch's key and removed by the statement that stores the item's outcome. After
 * a crash the rows left here under one key are the one batch whose fate is unknown, sent again
 * together, with the same item ids, before anything else.
 *
 * A table of its own, not a status on the item: an item row has six indexes (and was about 2 KB
 * before its payload and feed row moved to social_catalog_item_content), and marking it
 * "sending" rewrote it for every item of every batch (a third of the row writes of a first full
 * sync). A row here is a few bytes and one index entry.
 */
export const SocialCatalogSending = model
  .define("social_catalog_sending", {
    /** The item's own id (`social_catalog_item.id`). */
    id: model.id({ prefix: "scit" }).primaryKey(),
    channel_id: model.text(),
    send_key: model.text(),
  })
  .indexes([{ on: ["channel_id"] }])
