import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProductReviewModule from "../modules/product-review"

/**
 * A review's product. Read-only (no link table): the review stores `product_id`, so
 * `query.graph({ entity: "product_review", fields: ["product.title"] })` works without a join table.
 */
export default defineLink(
  { linkable: ProductReviewModule.linkable.productReview, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
