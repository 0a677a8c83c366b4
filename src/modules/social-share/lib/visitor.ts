import { createHmac } from "crypto"

export type VisitorInput = { ip?: string | null; userAgent?: string | null; cookie?: string | null }

/**
 * The visitor key: HMAC-SHA256 of IP and user agent (plus a first-party visitor cookie when the
 * request carries one) keyed with the plugin secret. Without the secret the key cannot be turned
 * back into an IP by trying all addresses, and the raw values are never stored.
 */
export function visitorKey(secret: string, { ip, userAgent, cookie }: VisitorInput): string {
  return createHmac("sha256", secret)
    .update(`${ip ?? ""}\n${userAgent ?? ""}\n${cookie ?? ""}`)
    .digest("base64url")
}
