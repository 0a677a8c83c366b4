import { model } from "@medusajs/framework/utils"

/**
 * Products changed since the last delta: one row per product, so that a burst of product,
 * variant, price and stock events coalesces into one rebuild.
 */
export const SocialCatalogPending = model
  .define("social_catalog_pending", {
    id: model.id({ prefix: "scpd" }).primaryKey(),
    product_id: model.text(),
  })
  .indexes([{ on: ["product_id"], unique: true }])
