import { createHmac, timingSafeEqual } from "crypto"

/**
 * Review-request links carry a token that names one order line item of one request and when it
 * expires, signed with HMAC-SHA256 under a key derived from the plugin's `secret`:
 * `<item id>.<expiry, unix seconds in base 36>.<signature, base64url>`. Nothing else is in it
 * (no email, no order number): a leaked link reveals only that it is a review link.
 * The key is derived per purpose so that a signature made for something else with the same secret
 * can never pass as a review-request token.
 */
const VERSION = "rr1"
const ITEM_ID = /^rrqi_[0-9A-Za-z]{10,40}$/
const SIGNATURE_BYTES = 18

export type TokenPayload = { item_id: string; expires_at: Date }
export type TokenCheck = { ok: true; item_id: string; expires_at: Date } | { ok: false; reason: "malformed" | "forged" | "expired" }

function key(secret: string) {
  return createHmac("sha256", secret).update("social-commerce:review-request-token").digest()
}

function signature(secret: string, itemId: string, exp: string) {
  return createHmac("sha256", key(secret)).update(`${VERSION}.${itemId}.${exp}`).digest().subarray(0, SIGNATURE_BYTES)
}

/** Signs a token for one request item, valid until `expires_at` (second precision). */
export function signReviewToken(secret: string, payload: TokenPayload): string {
  if (!ITEM_ID.test(payload.item_id)) {
    throw new Error(`not a review request item id: ${payload.item_id}`)
  }
  const exp = Math.floor(payload.expires_at.getTime() / 1000).toString(36)
  return `${payload.item_id}.${exp}.${signature(secret, payload.item_id, exp).toString("base64url")}`
}

/**
 * Checks a token: its shape, its signature (compared in constant time), then its expiry against
 * `now`. The signature is checked before the expiry so that an expired answer proves the token
 * was genuine.
 */
export function verifyReviewToken(secret: string, token: string, now = new Date()): TokenCheck {
  if (typeof token !== "string" || token.length > 200) {
    return { ok: false, reason: "malformed" }
  }
  const parts = token.split(".")
  if (parts.length !== 3 || !ITEM_ID.test(parts[0]) || !/^[0-9a-z]{1,12}$/.test(parts[1]) || !/^[A-Za-z0-9_-]+$/.test(parts[2])) {
    return { ok: false, reason: "malformed" }
  }
  const [itemId, exp, sig] = parts
  const given = Buffer.from(sig, "base64url")
  const expected = signature(secret, itemId, exp)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: "forged" }
  }
  const expiresAt = new Date(parseInt(exp, 36) * 1000)
  if (!(expiresAt.getTime() > now.getTime())) {
    return { ok: false, reason: "expired" }
  }
  return { ok: true, item_id: itemId, expires_at: expiresAt }
}
