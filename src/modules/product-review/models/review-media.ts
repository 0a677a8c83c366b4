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
  /**
   * False while the review waits for moderation: the file is stored private and the store API
   * shows it nowhere; approval re-stores it public (see the publish-review-photos step).
   */
  is_public: model.boolean().default(true),
  review: model.belongsTo(() => ProductReview, { mappedBy: "media" }),
})
