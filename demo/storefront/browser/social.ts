import type { HttpTypes } from "@medusajs/framework/types"
import { createSocialClient } from "../../../src/client"
import { configure, type SdkLike } from "../../../src/widgets/core/config"
import { cartId, config, sdk } from "./store"

/** The plugin's typed client, on the page's js-sdk instance (same key, same customer token). */
export const social = createSocialClient(sdk)

/**
 * The widgets (loaded from Medusa's /social/widgets/v1.js) call the API through this page's js-sdk
 * instance, so the logged-in customer is the sharer, the reviewer and the one whose rewards show;
 * "apply to cart" and the tracker use the cart this page keeps.
 */
export function configureWidgets(): void {
  // The cast: the widgets' SdkLike types `body` as unknown where the js-sdk's fetch wants a record
  // or BodyInit, so a real Medusa instance does not type-check against it (it works at run time).
  configure({ sdk: sdk as unknown as SdkLike, cartId: () => cartId(), locale: config.locale })
}

type Tracker = HTMLElement & { dataset: DOMStringMap }

/**
 * Hands the new cart to the landing tracker, which binds this visitor's touches to it (attribution
 * reads them at order time). Waits for the tracker's answer, at most a few seconds, so that an
 * order placed right away is attributed.
 */
export function bindTouches(cart: HttpTypes.StoreCart): Promise<void> {
  const tracker = document.querySelector<Tracker>("social-tracker")
  if (!tracker) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      tracker.removeEventListener("social-bound", done)
      tracker.removeEventListener("social-error", done)
      clearTimeout(timer)
      resolve()
    }
    const timer = setTimeout(done, 5000)
    tracker.addEventListener("social-bound", done)
    tracker.addEventListener("social-error", done)
    tracker.setAttribute("cart-id", cart.id)
  })
}

/** The tracker binds every later landing to the cart too. */
export function showCartToTracker(): void {
  const id = cartId()
  if (id) document.querySelector("social-tracker")?.setAttribute("cart-id", id)
}

export async function claimReferral(code: string): Promise<{ status: string }> {
  const { referral } = await social.store.claimReferral({ code })
  return referral
}
