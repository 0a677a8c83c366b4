import type { HttpTypes } from "@medusajs/framework/types"
import { sdk } from "./store"

/**
 * What the storefront does with the plugin beyond the widgets: binds the landing's touches to a new
 * cart (attribution reads them at order time) and claims a referral code for a new customer.
 */
export async function bindTouches(cart: HttpTypes.StoreCart): Promise<void> {
  const tracker = document.querySelector("social-tracker") as (HTMLElement & { bindCart?: (id: string) => Promise<unknown> }) | null
  await tracker?.bindCart?.(cart.id)
}

export async function claimReferral(code: string): Promise<{ status: string }> {
  const { referral } = await sdk.client.fetch<{ referral: { status: string } }>("/store/social/referrals/claim", { method: "POST", body: { code } })
  return referral
}
