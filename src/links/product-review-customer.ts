import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ProductReviewModule from "../modules/product-review"

/** A review's author (read-only link on `customer_id`). */
export default defineLink(
  { linkable: ProductReviewModule.linkable.productReview, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
