import { model } from "@medusajs/framework/utils"

/**
 * What a snapshot row carries to the platform: the normalized payload and the item rendered as a
 * row of the channel's feed format. One row per `social_catalog_item`, under the item's own id,
 * written only when the content changes (the snapshot's write), read by the push and the feed.
 *
 * A table of its own, not columns of the item: the two are about 1.7 KB of a 2 KB item row, and
 * every state change of a push (synced, failed, deferred, resent, accepted) rewrote them with
 * the row (PostgreSQL writes a whole new row version on any update). A first full sync wrote
 * each row that way once more after its insert: 2.3 KB of WAL per row and the largest part of
 * PostgreSQL's time after the insert. The item row is now about 300 bytes.
 */
export const SocialCatalogItemContent = model.define("social_catalog_item_content", {
  /** The item's id (`social_catalog_item.id`). */
  id: model.id({ prefix: "scit" }).primaryKey(),
  payload: model.json().nullable(),
  /** The item as a row of the channel's feed format; null after a change of format (rendered again from the payload). */
  feed_row: model.text().nullable(),
})
