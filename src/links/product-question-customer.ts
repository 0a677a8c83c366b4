import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ProductQuestionModule from "../modules/product-question"

/** The customer who asked (read-only link on `customer_id`; null for a guest). */
export default defineLink(
  { linkable: ProductQuestionModule.linkable.productQuestion, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
