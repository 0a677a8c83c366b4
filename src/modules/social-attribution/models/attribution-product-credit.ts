import { model } from "@medusajs/framework/utils"

/**
 * What one model credits the social networks with for one product of an attributed order: the
 * product line's total times the order's non-direct weight under that model (lines of an order
 * attributed to "direct" alone get no row). Written with the attribution, so the per-product
 * report is one grouped SUM over this ledger like the other reports, instead of a join of the
 * lines with the credits at read time (671 ms over 100,000 orders; see docs/benchmarks.md).
 */
export const SocialAttributionProductCredit = model
  .define("social_attribution_product_credit", {
    id: model.id({ prefix: "soapc" }).primaryKey(),
    attribution_id: model.text(),
    order_id: model.text(),
    model: model.text(),
    product_id: model.text(),
    weight: model.float(),
    revenue: model.bigNumber(),
    currency_code: model.text(),
    placed_at: model.dateTime(),
  })
  .indexes([{ on: ["model", "currency_code", "placed_at"] }, { on: ["attribution_id"] }, { on: ["order_id"] }])
