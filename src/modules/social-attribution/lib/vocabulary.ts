/** The UTM parameters kept on a touch, values as received. */
export const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id"] as const
export type UtmKey = (typeof UTM_KEYS)[number]

/**
 * Click ids the ad platforms append to landing URLs, spelled exactly as the platforms do (they are
 * case-sensitive: `ScCid` stays `ScCid`), with the network each one proves.
 */
export const CLICK_IDS = {
  fbclid: "facebook",
  ttclid: "tiktok",
  epik: "pinterest",
  ScCid: "snapchat",
  twclid: "x",
  li_fat_id: "linkedin",
  rdt_cid: "reddit",
  gclid: "google",
  gbraid: "google",
  wbraid: "google",
  msclkid: "microsoft",
} as const
export type ClickIdKey = keyof typeof CLICK_IDS
export const CLICK_ID_KEYS = Object.keys(CLICK_IDS) as ClickIdKey[]

/** The attribution models; the first is the default (Shopify's: last non-direct within 30 days). */
export const ATTRIBUTION_MODELS = ["last_non_direct", "first", "last", "linear"] as const
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number]
export const DEFAULT_MODEL: AttributionModel = "last_non_direct"

/** What the attribution module's report groups orders by. */
export const REPORT_GROUPS = ["network", "campaign", "product", "share_link"] as const

/**
 * What the admin report groups orders by: the module's groups, and `post` (the shop's own posts,
 * each with its own share link: the share-link groups told by post, see the report route).
 */
export const ADMIN_REPORT_GROUPS = [...REPORT_GROUPS, "post"] as const

export const CONSENTS = ["granted", "analytics", "denied"] as const
export type Consent = (typeof CONSENTS)[number]

/** Why a touch took no part in an order's attribution (written into the decision trace). */
export type ExclusionReason = "outside_window" | "no_consent" | "self_referral" | "after_order"

export const DIRECT = "direct"
