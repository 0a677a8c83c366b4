import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import SocialShareModule from "../modules/social-share"

/** The sharer of a link (null for anonymous shares), joined through `customer_id`. */
export default defineLink(
  { linkable: SocialShareModule.linkable.socialShareLink, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
