import { model } from "@medusajs/framework/utils"
import { ProductReview } from "./product-review"

/** The merchant's public reply to a review (at most one per review: unique index). */
export const ReviewResponse = model
  .define("product_review_response", {
    id: model.id({ prefix: "prresp" }).primaryKey(),
    body: model.text(),
    /** The admin user who wrote it. */
    author_id: model.text().nullable(),
    review: model.belongsTo(() => ProductReview, { mappedBy: "responses" }),
  })
  .indexes([{ on: ["review_id"], unique: true, where: "deleted_at IS NULL" }])
