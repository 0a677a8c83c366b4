import { model } from "@medusajs/framework/utils"
import { ProductReview } from "./product-review"

/** A photo attached to a review: a re-encoded JPEG stored through the File module. */
export const ReviewMedia = model.define("product_review_media", {
  id: model.id({ prefix: "prmed" }).primaryKey(),
  file_id: model.text(),
  url: model.text(),
  mime_type: model.text(),
  width: model.number(),
  height: model.number(),
  size: model.number(),
  rank: model.number().default(0),
  review: model.belongsTo(() => ProductReview, { mappedBy: "media" }),
})
