import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SocialPublishModule from "../modules/social-publish"

/** The product an inbox item's post showed (read-only link on `product_id`; null for a free-text post or a mention). */
export default defineLink(
  { linkable: SocialPublishModule.linkable.socialInboxItem, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
