import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewRequestModule from "../modules/review-request"

/** The product a request item asks about (read-only link on `product_id`). */
export default defineLink(
  { linkable: ReviewRequestModule.linkable.reviewRequestItem, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
