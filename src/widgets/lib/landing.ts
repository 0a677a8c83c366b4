import { CLICK_ID_KEYS, UTM_KEYS } from "../../modules/social-attribution/lib/vocabulary"

/** The query parameters a landing carries to POST /store/social/touches under their own names. */
export const TRACKED_KEYS = [...UTM_KEYS, ...CLICK_ID_KEYS, "sc", "ref"] as const
export type TrackedKey = (typeof TRACKED_KEYS)[number]
export type Consent = "granted" | "analytics" | "denied"
export const CONSENTS: readonly Consent[] = ["granted", "analytics", "denied"]

export type TouchBody = Partial<Record<TrackedKey, string>> & {
  referrer?: string
  landing_path?: string
  consent?: Consent
  visitor_id?: string
  cart_id?: string
}

// The server's own rules (src/api/store/social/touches/validators.ts): a value it would refuse is
// dropped here, so one odd parameter never costs the whole landing a 400.
const SHARE_CODE = /^[A-Za-z0-9_-]{4,32}$/
const REFERRAL_CODE = /^[A-Za-z0-9_-]{3,40}$/
const CLICK_ID = /^[\x21-\x7e]{1,500}$/
export const VISITOR_ID = /^[A-Za-z0-9_-]{8,64}$/
export const CART_ID = /^cart_[A-Za-z0-9]{10,60}$/
const MAX_URL = 2048

function accept(key: TrackedKey, raw: string): string | null {
  if (key === "sc") return SHARE_CODE.test(raw) ? raw : null
  if (key === "ref") return REFERRAL_CODE.test(raw) ? raw : null
  if ((CLICK_ID_KEYS as readonly string[]).includes(key)) return CLICK_ID.test(raw) ? raw : null
  const text = raw.trim()
  return text && text.length <= 250 ? text : null
}

/**
 * What a landing on `href` (coming from `referrer`) tells the touches route, or null when it is a
 * plain internal navigation with nothing to record: no tracked parameter and no referrer from
 * another site. Click ids keep their exact spelling and case (`ScCid`), as the platforms need.
 */
export function landingTouch(href: string, referrer?: string | null): TouchBody | null {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  const body: TouchBody = {}
  let tracked = false
  for (const key of TRACKED_KEYS) {
    const raw = url.searchParams.get(key)
    const value = raw == null ? null : accept(key, raw)
    if (value) {
      body[key] = value
      tracked = true
    }
  }
  let external = false
  if (referrer && referrer.length <= MAX_URL && /^https?:\/\/\S+$/i.test(referrer)) {
    try {
      external = new URL(referrer).origin !== url.origin
    } catch {
      external = false
    }
    if (external) body.referrer = referrer
  }
  if (!tracked && !external) return null
  const path = url.pathname + url.search
  if (path.length <= MAX_URL && !path.startsWith("//")) body.landing_path = path
  return body
}

/** A stable key of what makes a landing distinct, to record the same landing only once. */
export function landingKey(body: TouchBody): string {
  return TRACKED_KEYS.filter((k) => body[k])
    .map((k) => `${k}=${body[k]}`)
    .concat(body.referrer ? [`referrer=${body.referrer}`] : [])
    .join("&")
}

/** "granted" | "analytics" | "denied" from an attribute; anything else is "not given yet". */
export function parseConsent(value: string | null | undefined): Consent | null {
  const v = (value ?? "").trim().toLowerCase() as Consent
  return CONSENTS.includes(v) ? v : null
}
