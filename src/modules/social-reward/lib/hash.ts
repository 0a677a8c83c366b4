import { createHmac } from "crypto"

/**
 * An HMAC of the client's IP and user agent: the referral checks compare these, the raw values are
 * never stored (ARCHITECTURE "IPs and user agents are stored hashed").
 */
export function hashIpUa(secret: string, ip: string | null | undefined, ua: string | null | undefined): string | null {
  if (!ip && !ua) {
    return null
  }
  return createHmac("sha256", secret).update(`ipua|${ip ?? ""}|${ua ?? ""}`).digest("hex").slice(0, 32)
}
