import { model } from "@medusajs/framework/utils"

/**
 * Products changed since a channel's last delta: one row per (channel, product), so that a burst
 * of product, variant, price and stock events coalesces into one rebuild, and a channel whose
 * delta failed keeps its rows while the others clear theirs. `updated_at` moves on every new
 * change, so a change that arrives while a delta runs is not cleared with the rows it took.
 */
export const SocialCatalogPending = model
  .define("social_catalog_pending", {
    id: model.id({ prefix: "scpd" }).primaryKey(),
    channel_id: model.text(),
    product_id: model.text(),
  })
  .indexes([{ on: ["channel_id", "product_id"], unique: true }])
