import { model } from "@medusajs/framework/utils"

/**
 * How far a change watcher has read another module's changes, so that a restart neither misses
 * nor replays them. One row per watcher (`name`, e.g. "prices"): `watched_at` is the time its last
 * scan started; `seen` holds the keys of the changes it handled near that time, since the next
 * scan reads back a short overlap (a write committed late carries an older timestamp) and must
 * not handle them twice.
 */
export const SocialCatalogWatermark = model
  .define("social_catalog_watermark", {
    id: model.id({ prefix: "scwm" }).primaryKey(),
    name: model.text(),
    watched_at: model.dateTime(),
    seen: model.json().nullable(),
  })
  .indexes([{ on: ["name"], unique: true, where: "deleted_at IS NULL" }])
