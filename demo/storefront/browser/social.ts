import type { HttpTypes } from "@medusajs/framework/types"
import { createSocialClient } from "../../../src/client"
import { sdk } from "./store"

/** The plugin's typed client, on the page's js-sdk instance (same key, same customer token). */
export const social = createSocialClient(sdk)

/**
 * What the storefront does with the plugin beyond the widgets: binds the landing's touches to a new
 * cart (attribution reads them at order time) and claims a referral code for a new customer.
 */
export async function bindTouches(cart: HttpTypes.StoreCart): Promise<void> {
  const tracker = document.querySelector("social-tracker") as (HTMLElement & { bindCart?: (id: string) => Promise<unknown> }) | null
  await tracker?.bindCart?.(cart.id)
}

export async function claimReferral(code: string): Promise<{ status: string }> {
  const { referral } = await social.store.claimReferral({ code })
  return referral
}
