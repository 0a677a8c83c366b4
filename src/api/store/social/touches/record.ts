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
  const { data } = await query.graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: cart_id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: cart ${cart_id} was not found`)
  }
  return data[0] as { id: string; customer_id: string | null }
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
  const occurred = b.occurred_at ? new Date(b.occurred_at) : now
  if (occurred.getTime() > now.getTime() + 5 * 60 * 1000) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "occurred_at: must not be in the future")
  }
  if (occurred.getTime() < now.getTime() - options.attribution.retentionDays * DAY) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "occurred_at: is older than the retention period")
  }
  const expires_at = new Date(occurred.getTime() + options.attribution.retentionDays * DAY)
  if (b.cart_id) {
    await assertCartExists(container, b.cart_id)
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
