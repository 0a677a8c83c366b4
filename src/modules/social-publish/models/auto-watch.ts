import { model } from "@medusajs/framework/utils"

/**
 * What a rule last saw of a product (or, for stock, of a variant) in its market: in stock or not,
 * its price, on sale or not. Medusa's events say that something changed, not from what: a rule
 * compares with this to tell a product coming back in stock or dropping in price from any other
 * edit. A row exists only once something differs from the product's usual state (in stock, at its
 * own price, not on sale). `seq` grows with each change and names it in the posts' dedupe keys.
 */
export const SocialPublishAutoWatch = model
  .define("social_publish_auto_watch", {
    id: model.id({ prefix: "spaw" }).primaryKey(),
    rule_id: model.text(),
    product_id: model.text(),
    /** "" for the product as a whole (its first variant, as cards show it). */
    variant_id: model.text().default(""),
    in_stock: model.boolean(),
    amount: model.bigNumber().nullable(),
    on_sale: model.boolean(),
    seq: model.number().default(0),
  })
  .indexes([{ on: ["rule_id", "product_id", "variant_id"], unique: true }])
