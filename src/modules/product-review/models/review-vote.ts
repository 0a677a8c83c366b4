import { model } from "@medusajs/framework/utils"

/**
 * A "helpful" vote. `voter_key` is `customer:<id>` for a logged-in customer, or for a guest
 * `network:<hmac of the network>` (IPv4 /24, IPv6 /64), with `visitor_key`
 * `visitor:<hmac of the visitor id>`. Both unique per review: a guest votes once per network and
 * once per visitor, so rotating the visitor id (or moving between a few networks with one id)
 * stuffs nothing. A second vote is a no-op, even when two requests race.
 */
export const ReviewVote = model
  .define("product_review_vote", {
    id: model.id({ prefix: "prvote" }).primaryKey(),
    review_id: model.text(),
    voter_key: model.text(),
    customer_id: model.text().nullable(),
    visitor_key: model.text().nullable(),
  })
  .indexes([
    { on: ["review_id", "voter_key"], unique: true },
    { on: ["review_id", "visitor_key"], unique: true },
  ])
