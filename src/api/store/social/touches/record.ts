import { createHmac, randomBytes } from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_SETTINGS_MODULE } from "../../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../../modules/social-settings/service"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../../modules/social-attribution/service"
import { classifyTouch } from "../../../../modules/social-attribution/lib/classify"
import { ipNetwork } from "../../../../modules/social-attribution/lib/ip-network"
import { CLICK_ID_KEYS, UTM_KEYS } from "../../../../modules/social-attribution/lib/vocabulary"
import { resolveShareLink } from "../../../../workflows/social-attribution/resolve-share-link"
import { VISITOR_ID, type StoreCreateTouchType } from "./validators"

export const VISITOR_HEADER = "x-social-visitor-id"
const DAY = 24 * 60 * 60 * 1000
/** How far ahead of the server's clock a storefront's `occurred_at` may be. */
export const TOUCH_CLOCK_SKEW_MS = 2 * 60 * 1000
/** How old a landing may be when it is posted (a storefront's short offline queue). */
export const TOUCH_MAX_AGE_MS = 60 * 60 * 1000

/** HMAC-SHA256 keyed with the plugin secret: IPs and user agents are never stored in clear. */
export const keyedHash = (secret: string, value: string | undefined | null) =>
  value ? createHmac("sha256", secret).update(value).digest("hex") : null

/** The keyed hash of the IP's network (/24, /64): see `ipNetwork`. */
export const networkHash = (secret: string, ip: string | undefined | null) => {
  const net = ipNetwork(ip)
  return net ? keyedHash(secret, `net|${net}`) : null
}

/** The visitor id from the body, else the header, else a new one the API issues. */
export function visitorIdOf(bodyId: string | undefined, header: unknown): { id: string; issued: boolean } {
  if (bodyId) return { id: bodyId, issued: false }
  if (typeof header === "string" && header) {
    if (!VISITOR_ID.test(header)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${VISITOR_HEADER}: must be 8-64 letters, digits, '-' or '_'`)
    }
    return { id: header, issued: false }
  }
  return { id: `v_${randomBytes(16).toString("base64url")}`, issued: true }
}

export async function assertCartExists(container: MedusaContainer, cart_id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: cart_id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: cart ${cart_id} was not found`)
  }
  return data[0] as { id: string; customer_id: string | null; customer?: { has_account?: boolean } | null }
}

/**
 * The cart, when the caller may bind touches to it: its owner, not whoever knows its id. Touches
 * bound to a cart decide who gets credit (and a sharer's reward) for its order, and every touch
 * of a visitor bound to the cart is considered, so binding one's own touches to someone else's
 * cart would steal the attribution.
 * - A cart of a registered customer: only that customer, logged in.
 * - A guest cart (no customer, or a guest customer made from the email): the first visitor to
 *   bind touches to it owns it; another visitor is refused.
 */
export async function assertCartOwner(
  container: MedusaContainer,
  cart_id: string,
  caller: { visitor_id: string; customer_id: string | null }
) {
  const cart = await assertCartExists(container, cart_id)
  if (cart.customer_id && cart.customer?.has_account) {
    if (caller.customer_id !== cart.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "cart_id: the cart belongs to a customer account; log in as that customer to bind it")
    }
    return cart
  }
  const [other] = await container
    .resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
    .listSocialTouches({ cart_id, visitor_id: { $ne: caller.visitor_id } }, { select: ["id"], take: 1 })
  if (other) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "cart_id: the cart is bound to another visitor")
  }
  return cart
}

/**
 * Records one landing. A single write in this module's own table, on the storefront's hot path,
 * so it calls the service directly rather than through a workflow (nothing to compensate).
 * Consent "denied" writes nothing, unless the merchant keeps explicit referral codes: then only
 * the code (and the visitor id) is kept.
 */
export async function recordTouch(
  container: MedusaContainer,
  input: {
    body: StoreCreateTouchType
    visitor_id: string
    /** True when the API issued the id just now (then the visitor has no earlier touches). */
    visitor_issued?: boolean
    customer_id: string | null
    ip: string | undefined
    user_agent: string | undefined
    now?: Date
  }
) {
  const attribution = container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
  const settingsService = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
  const options = attribution.getPluginOptions()
  const settings = await settingsService.getEffectiveSettings()
  const b = input.body
  const now = input.now ?? new Date()
  const consent = b.consent ?? options.attribution.defaultConsent

  if (!settings.features.attribution) {
    return { recorded: false as const, reason: "attribution is switched off" }
  }
  // A storefront posts a landing as it happens (or from a short offline queue): a time far in the
  // past would let a caller place a touch before a rival's to take first-touch credit, or
  // inside the window of an order already placed.
  const occurred = b.occurred_at ? new Date(b.occurred_at) : now
  if (occurred.getTime() > now.getTime() + TOUCH_CLOCK_SKEW_MS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "occurred_at: must not be in the future")
  }
  if (occurred.getTime() < now.getTime() - TOUCH_MAX_AGE_MS) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `occurred_at: must be within the last ${TOUCH_MAX_AGE_MS / 60_000} minutes`)
  }
  const expires_at = new Date(occurred.getTime() + options.attribution.retentionDays * DAY)
  if (b.cart_id) {
    await assertCartOwner(container, b.cart_id, { visitor_id: input.visitor_id, customer_id: input.customer_id })
  }

  if (consent === "denied") {
    // Refusing (or withdrawing) consent also removes what this visitor left before.
    const erased = input.visitor_issued ? 0 : await attribution.eraseVisitor(input.visitor_id)
    if (!(options.attribution.keepReferralWithoutConsent && b.ref)) {
      return { recorded: false as const, reason: "consent denied", erased }
    }
    const { id } = await attribution.recordTouch({
      visitor_id: input.visitor_id,
      cart_id: b.cart_id ?? null,
      customer_id: input.customer_id,
      referral_code: b.ref,
      network: "referral",
      is_direct: false,
      consent,
      occurred_at: occurred,
      expires_at,
    })
    return { recorded: true as const, touch: { id, network: "referral", consent, kept: ["ref"] } }
  }

  const share = b.sc ? await resolveShareLink(container, b.sc) : null
  const click_ids: Record<string, string> = {}
  for (const k of CLICK_ID_KEYS) {
    if (b[k]) click_ids[k] = b[k] as string
  }
  const utm: Record<string, string | null> = {}
  for (const k of UTM_KEYS) utm[k] = b[k] ?? null
  const { network, is_direct } = classifyTouch(
    {
      utm_source: utm.utm_source,
      click_ids,
      share_code: b.sc,
      share_network: share?.network ?? null,
      referral_code: b.ref,
      referrer: b.referrer,
    },
    [settings.storefront_url, ...settings.allowed_redirect_origins]
  )
  const secret = options.secret
  const { id } = await attribution.recordTouch({
    visitor_id: input.visitor_id,
    cart_id: b.cart_id ?? null,
    customer_id: input.customer_id,
    ...utm,
    click_ids: Object.keys(click_ids).length ? click_ids : null,
    share_code: b.sc ?? null,
    share_link_id: share?.id ?? null,
    sharer_customer_id: share?.customer_id ?? null,
    referral_code: b.ref ?? null,
    referrer: b.referrer ?? null,
    landing_path: b.landing_path ?? null,
    network,
    is_direct,
    consent,
    ip_hash: keyedHash(secret, input.ip),
    ip_network_hash: networkHash(secret, input.ip),
    ua_hash: keyedHash(secret, input.user_agent),
    occurred_at: occurred,
    expires_at,
  })
  return { recorded: true as const, touch: { id, network, consent, direct: is_direct } }
}
