import { randomUUID } from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../src/modules/social-attribution"
import type SocialAttributionModuleService from "../../src/modules/social-attribution/service"
import { recordTouch } from "../../src/api/store/social/touches/record"
import type { StoreCreateTouchType } from "../../src/api/store/social/touches/validators"
import { completeAt, openCart, type Buyer, type Market, type Placed } from "./checkout"
import type { EventRelay } from "./relay"
import type { DemoLink } from "./shares"
import type { Random, ShopContext } from "./shop"

/** Paid campaigns: the UTM set and the click id each network's ads append to the landing URL. */
const CAMPAIGNS: StoreCreateTouchType[] = [
  { utm_source: "facebook", utm_medium: "paid_social", utm_campaign: "winter-sale", fbclid: "IwAR" },
  { utm_source: "instagram", utm_medium: "paid_social", utm_campaign: "new-arrivals", fbclid: "PAZX" },
  { utm_source: "pinterest", utm_medium: "paid_social", utm_campaign: "winter-sale", epik: "dj0yJnU9" },
  { utm_source: "tiktok", utm_medium: "paid_social", utm_campaign: "creator-collab", ttclid: "E.C.P." },
  { utm_source: "newsletter", utm_medium: "email", utm_campaign: "december-drop" },
]

export type Landing =
  | { kind: "share"; link: DemoLink }
  | { kind: "campaign"; campaign: StoreCreateTouchType }
  | { kind: "referral"; code: string }
  | { kind: "direct" }

export type DemoOrder = Placed & { product_id: string; handle: string; landing: Landing["kind"]; share_code?: string }

/**
 * A landing as the storefront reports it to POST /store/social/touches (through the same
 * function the route calls), dated `at`. Returns the visitor id the storefront keeps.
 */
export async function land(container: MedusaContainer, landing: Landing, at: Date, handle: string, rand: Random, from?: { ip: string; userAgent: string }) {
  const visitor_id = `v_${randomUUID().replace(/-/g, "")}`
  let body: StoreCreateTouchType
  if (landing.kind === "share") {
    body = { sc: landing.link.code, utm_source: landing.link.network, utm_medium: "social", utm_campaign: "share", landing_path: `/products/${handle}?sc=${landing.link.code}` }
  } else if (landing.kind === "campaign") {
    const c = landing.campaign
    body = { ...c, landing_path: `/products/${handle}?utm_campaign=${c.utm_campaign}` }
    for (const k of ["fbclid", "epik", "ttclid"] as const) if (c[k]) body[k] = `${c[k]}${randomUUID().slice(0, 12)}`
  } else if (landing.kind === "referral") {
    body = { ref: landing.code, landing_path: `/?ref=${landing.code}` }
  } else {
    return null
  }
  body.consent = rand.chance(0.85) ? "granted" : "analytics"
  body.occurred_at = at.toISOString()
  await recordTouch(container, {
    body,
    visitor_id,
    customer_id: null,
    ip: from?.ip ?? `203.0.${rand.int(0, 255)}.${rand.int(1, 254)}`,
    user_agent: from?.userAgent ?? "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    now: at,
  })
  return visitor_id
}

/** The shared product (a link of a product no longer in stock falls back to the first one). */
function productOf(shop: ShopContext, link: DemoLink) {
  return shop.products.find((p) => p.id === link.product_id) ?? shop.products[0]
}

export function campaign(rand: Random): Landing {
  return { kind: "campaign", campaign: rand.pick(CAMPAIGNS) }
}

/**
 * One purchase: the landing (if any), a cart bound to the visitor's touches as the storefront
 * binds them, Medusa's checkout, the order dated `at`, then the plugin's subscribers on its
 * events (attribution, referral qualification, reward codes redeemed, share-order rewards).
 */
export async function purchase(
  container: MedusaContainer,
  relay: EventRelay,
  input: {
    shop: ShopContext
    market: Market
    buyer: Buyer
    landing: Landing
    at: Date
    rand: Random
    product?: ShopContext["products"][number]
    promo_code?: string
    /** false: the caller settles the relay after a group of purchases made at once. */
    settle?: boolean
  }
): Promise<DemoOrder> {
  const { rand, shop } = input
  const landing = input.landing
  const product = input.product ?? (landing.kind === "share" ? productOf(shop, landing.link) : rand.pick(shop.products))
  const visitor = await land(container, input.landing, new Date(input.at.getTime() - rand.int(5, 90) * 60_000), product.handle, rand)
  const items = [{ variant_id: rand.pick(product.variant_ids), quantity: rand.chance(0.2) ? 2 : 1 }]
  if (rand.chance(0.25)) {
    const other = rand.pick(shop.products)
    if (other.id !== product.id) items.push({ variant_id: rand.pick(other.variant_ids), quantity: 1 })
  }
  const cart_id = await openCart(container, { market: input.market, sales_channel_id: shop.sales_channel_id, buyer: input.buyer, items, promo_code: input.promo_code })
  if (visitor) {
    await container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE).bindVisitor({ visitor_id: visitor, cart_id, customer_id: input.buyer.customer_id })
  }
  const placed = await completeAt(container, cart_id, input.at)
  if (input.settle !== false) {
    await relay.settle()
  }
  return {
    ...placed,
    product_id: product.id,
    handle: product.handle,
    landing: input.landing.kind,
    share_code: input.landing.kind === "share" ? input.landing.link.code : undefined,
  }
}

/** Landings that did not buy (most visits): they make the conversion rate and funnel honest. */
export async function browse(container: MedusaContainer, input: { shop: ShopContext; landing: Landing; at: Date; rand: Random; from?: { ip: string; userAgent: string } }) {
  const landing = input.landing
  const product = landing.kind === "share" ? productOf(input.shop, landing.link) : input.rand.pick(input.shop.products)
  await land(container, input.landing, input.at, product.handle, input.rand, input.from)
}
