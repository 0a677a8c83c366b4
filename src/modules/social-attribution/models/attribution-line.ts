import { model } from "@medusajs/framework/utils"

/** One product of an attributed order, copied at order time for the per-product report. */
export const SocialAttributionLine = model
  .define("social_attribution_line", {
    id: model.id({ prefix: "soaln" }).primaryKey(),
    attribution_id: model.text(),
    order_id: model.text(),
    product_id: model.text(),
    quantity: model.number(),
    total: model.bigNumber(),
    currency_code: model.text(),
    placed_at: model.dateTime(),
  })
  .indexes([{ on: ["attribution_id"] }, { on: ["product_id"] }, { on: ["currency_code", "placed_at"] }])
