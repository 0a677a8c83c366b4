import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SocialShareModule from "../modules/social-share"

/**
 * A share link points at one product through its `product_id` column: a read-only link, so that
 * `query.graph` can join the product (and the product its links) with no link table to keep in sync.
 */
export default defineLink(
  { linkable: SocialShareModule.linkable.socialShareLink, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
