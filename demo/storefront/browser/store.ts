import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/framework/types"
import type { PageConfig } from "../layout"

/** The server hands the page its settings as JSON (no inline script: the page runs under a strict CSP). */
export const config: PageConfig = JSON.parse(document.getElementById("storefront-config")!.textContent!)

/** The customer's token lives in localStorage (the js-sdk's "jwt" mode), so every tab shares it. */
export const sdk = new Medusa({
  baseUrl: config.medusaUrl,
  publishableKey: config.publishableKey,
  auth: { type: "jwt", jwtTokenStorageMethod: "local", jwtTokenStorageKey: "demo_medusa_token" },
})

const CART_KEY = "demo_cart_id"
const REFERRAL_KEY = "demo_referral_code"

export const CART_FIELDS = "*items,*items.variant,*region,*region.countries,*shipping_methods,*promotions,*shipping_address,+total,+subtotal,+item_total,+original_item_total,+discount_total,+discount_subtotal,+shipping_total,+tax_total"

export const cartId = () => localStorage.getItem(CART_KEY)
export const forgetCart = () => localStorage.removeItem(CART_KEY)

export async function currentCart(): Promise<HttpTypes.StoreCart | null> {
  const id = cartId()
  if (!id) return null
  try {
    const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS })
    if (cart.completed_at) throw new Error("completed")
    return cart
  } catch {
    forgetCart()
    return null
  }
}

/** The cart, created on first use; its creation is where the landing's touches get bound to it. */
export async function ensureCart(onCreated: (cart: HttpTypes.StoreCart) => Promise<void>): Promise<HttpTypes.StoreCart> {
  const existing = await currentCart()
  if (existing) return existing
  const { cart } = await sdk.store.cart.create({ region_id: config.regionId }, { fields: CART_FIELDS })
  localStorage.setItem(CART_KEY, cart.id)
  await onCreated(cart)
  return cart
}

export async function customer(): Promise<HttpTypes.StoreCustomer | null> {
  try {
    const { customer } = await sdk.store.customer.retrieve()
    return customer
  } catch {
    return null
  }
}

/** A referral link (`/?ref=CODE`) is kept until the visitor creates an account, then claimed. */
export function rememberReferral(): void {
  const ref = new URLSearchParams(location.search).get("ref")
  if (ref) localStorage.setItem(REFERRAL_KEY, ref)
}
export const pendingReferral = () => localStorage.getItem(REFERRAL_KEY)
export const forgetReferral = () => localStorage.removeItem(REFERRAL_KEY)

export function money(amount: number | null | undefined, currency: string): string {
  return new Intl.NumberFormat(config.locale, { style: "currency", currency: currency.toUpperCase() }).format(Number(amount ?? 0))
}

/** The message of a failed js-sdk call (its FetchError carries the server's message). */
export const messageOf = (e: any): string => e?.message || String(e)

export async function refreshCartCount(): Promise<void> {
  const el = document.querySelector<HTMLElement>("[data-cart-count]")
  if (!el) return
  const cart = cartId() ? await currentCart() : null
  const n = (cart?.items ?? []).reduce((sum, i) => sum + Number(i.quantity), 0)
  el.textContent = n ? `(${n})` : ""
}
