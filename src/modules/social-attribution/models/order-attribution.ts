import { model } from "@medusajs/framework/utils"

/**
 * The attribution of one order (unique per order: the same `order.placed` twice writes one row).
 * The order's total and currency are copied here at order time so reports never load orders.
 * `weights` holds every model's split; `trace` says which touches were considered, which were
 * left out and why, and which model decided.
 */
export const SocialOrderAttribution = model
  .define("social_order_attribution", {
    id: model.id({ prefix: "soatt" }).primaryKey(),
    order_id: model.text(),
    cart_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    model: model.text(),
    network: model.text(),
    campaign: model.text().nullable(),
    share_code: model.text().nullable(),
    referral_code: model.text().nullable(),
    deciding_touch_id: model.text().nullable(),
    total: model.bigNumber(),
    currency_code: model.text(),
    placed_at: model.dateTime(),
    ad_consent: model.boolean().default(false),
    weights: model.json(),
    trace: model.json(),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["currency_code", "placed_at"] },
    { on: ["customer_id"], where: "customer_id IS NOT NULL" },
  ])
