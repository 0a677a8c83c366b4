import { model } from "@medusajs/framework/utils"
import { ReviewRequest } from "./review-request"

/**
 * One order line item of a request: what its signed link lets the buyer review. `status` is
 * `pending` until reviewed (through the link or when logged in), or `excluded` when the line was
 * returned or canceled before the request went out.
 */
export const ReviewRequestItem = model
  .define("review_request_item", {
    id: model.id({ prefix: "rrqi" }).primaryKey(),
    order_line_item_id: model.text(),
    product_id: model.text(),
    title: model.text(),
    thumbnail: model.text().nullable(),
    status: model.enum(["pending", "reviewed", "excluded"]).default("pending"),
    /** The review written through the link (or found when the request went out). */
    review_id: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    /** When the item's link stops working (signed into the token too). */
    expires_at: model.dateTime().nullable(),
    request: model.belongsTo(() => ReviewRequest, { mappedBy: "items" }),
  })
  .indexes([
    { on: ["order_line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL" },
  ])
