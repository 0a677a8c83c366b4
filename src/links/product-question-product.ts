import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProductQuestionModule from "../modules/product-question"

/** A question's product (read-only link on `product_id`), for the admin's list. */
export default defineLink(
  { linkable: ProductQuestionModule.linkable.productQuestion, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
