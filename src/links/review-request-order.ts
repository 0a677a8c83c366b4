import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ReviewRequestModule from "../modules/review-request"

/** A review request's order (read-only link on `order_id`: no link table). */
export default defineLink(
  { linkable: ReviewRequestModule.linkable.reviewRequest, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
