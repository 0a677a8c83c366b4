import { model } from "@medusajs/framework/utils"

/**
 * A rule that posts on its own on one account, in one market, when something happens to a
 * product: it is published, comes back in stock, goes on sale, drops in price, or gets a review
 * the reviewer agreed to see shared. It makes a draft for the admin to approve, or a post
 * scheduled `delay_minutes` later, from its template (rendered like any post's).
 */
export const SocialPublishAutoRule = model
  .define("social_publish_auto_rule", {
    id: model.id({ prefix: "spar" }).primaryKey(),
    account_id: model.text(),
    trigger: model.enum(["product_published", "back_in_stock", "sale_started", "price_dropped", "review_approved"]),
    template: model.text(),
    /** The market the posts speak to (as a post's). */
    locale: model.text().default(""),
    currency_code: model.text(),
    /** draft: waits for an admin; scheduled: goes out `delay_minutes` after the event. */
    mode: model.enum(["draft", "scheduled"]).default("draft"),
    delay_minutes: model.number().default(10),
    /** No second post of a product on this account within this many hours (any post, manual too). */
    cooldown_hours: model.number().default(72),
    /** price_dropped: the smallest drop that counts, in percent of the last price seen. */
    min_drop_percent: model.number().default(0),
    enabled: model.boolean().default(true),
  })
  .indexes([{ on: ["trigger"], where: "enabled = true" }, { on: ["account_id"] }])
