import { model } from "@medusajs/framework/utils"

/** A customer who unsubscribed from review requests: never sent another. */
export const ReviewRequestOptout = model
  .define("review_request_optout", {
    id: model.id({ prefix: "rrqo" }).primaryKey(),
    customer_id: model.text(),
    /** The request whose link was used (for the admin's list). */
    request_id: model.text().nullable(),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])
