import { model } from "@medusajs/framework/utils"

/**
 * The credit one model gives one touch (or "direct") for one order: a ledger row. The weights of an
 * order under one model sum to 1, and `revenue` is weight x order total, so every report is a
 * grouped SUM over this table.
 */
export const SocialAttributionCredit = model
  .define("social_attribution_credit", {
    id: model.id({ prefix: "soacr" }).primaryKey(),
    attribution_id: model.text(),
    order_id: model.text(),
    model: model.text(),
    touch_id: model.text().nullable(),
    network: model.text(),
    campaign: model.text().nullable(),
    share_code: model.text().nullable(),
    weight: model.float(),
    revenue: model.bigNumber(),
    currency_code: model.text(),
    placed_at: model.dateTime(),
  })
  .indexes([
    { on: ["model", "currency_code", "placed_at"] },
    { on: ["share_code", "model"], where: "share_code IS NOT NULL" },
    { on: ["attribution_id"] },
  ])
