import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ProductReviewModule from "../modules/product-review"

/** The order line item that proves a verified purchase (read-only link on `order_line_item_id`). */
export default defineLink(
  { linkable: ProductReviewModule.linkable.productReview, field: "order_line_item_id" },
  OrderModule.linkable.orderLineItem,
  { readOnly: true }
)
