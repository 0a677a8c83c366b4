import { model } from "@medusajs/framework/utils"

/**
 * A "helpful" vote. `voter_key` is `customer:<id>` or `visitor:<hmac of the visitor id>`; the
 * unique index makes a second vote by the same voter a no-op, even when two requests race.
 */
export const ReviewVote = model
  .define("product_review_vote", {
    id: model.id({ prefix: "prvote" }).primaryKey(),
    review_id: model.text(),
    voter_key: model.text(),
    customer_id: model.text().nullable(),
  })
  .indexes([{ on: ["review_id", "voter_key"], unique: true }])
