import { createHmac } from "crypto"
import { isIP } from "net"

export type VisitorInput = { ip?: string | null; userAgent?: string | null; cookie?: string | null }

/**
 * The network of an IP address as counted for share rewards: an IPv4 /24 or an IPv6 /64 (an
 * IPv4-mapped IPv6 address is its IPv4). A household, an office or one phone's mobile session
 * sits in one such network; cookies and user agents are free to change, networks are not.
 * Null when the address cannot be read.
 */
export function networkOf(ip: string | null | undefined): string | null {
  if (!ip) {
    return null
  }
  let addr = ip.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "")
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(addr)
  if (mapped) {
    addr = mapped[1]
  }
  const kind = isIP(addr)
  if (kind === 4) {
    return `${addr.split(".").slice(0, 3).join(".")}.0/24`
  }
  if (kind === 6) {
    // Expand "::" to the missing zero groups, then keep the first four groups.
    const [head, tail = ""] = addr.toLowerCase().split("::")
    const h = head ? head.split(":") : []
    const t = tail ? tail.split(":") : []
    const groups = addr.includes("::") ? [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill("0"), ...t] : h
    return `${groups
      .slice(0, 4)
      .map((g) => (parseInt(g, 16) || 0).toString(16))
      .join(":")}::/64`
  }
  return null
}

const hmac = (secret: string, value: string) => createHmac("sha256", secret).update(value).digest("base64url")

/**
 * The keys of a visitor, HMAC-SHA256 keyed with the plugin secret (without the secret a key
 * cannot be turned back into an address by trying them all; raw values are never stored):
 * - `network`: the visitor's network (`networkOf`). A share link counts one visitor per network,
 *   and the sharer's own network is the sharer: rotating the `sc_vid` cookie or the user agent
 *   makes no new visitor.
 * - `device`: IP, user agent and the first-party cookie, which tells devices apart within one
 *   network (many devices from one network is a fraud signal, not more visitors).
 */
export function visitorKeys(secret: string, { ip, userAgent, cookie }: VisitorInput): { network: string; device: string } {
  const net = networkOf(ip)
  return {
    network: hmac(secret, net ? `net\n${net}` : `ua\n${userAgent ?? ""}`),
    device: hmac(secret, `${ip ?? ""}\n${userAgent ?? ""}\n${cookie ?? ""}`),
  }
}

/** The network key of a visitor: the sharer's key on a link, compared with each click's. */
export function visitorKey(secret: string, input: VisitorInput): string {
  return visitorKeys(secret, input).network
}

/** A click's visitor as buffered: "<network key>.<device key>" (base64url has no "."). */
export function clickVisitor(keys: { network: string; device: string }): string {
  return `${keys.network}.${keys.device}`
}

/** The two keys of a buffered click visitor (a value buffered before networks: both the same). */
export function splitClickVisitor(visitor: string): { network: string; device: string } {
  const dot = visitor.indexOf(".")
  return dot < 0 ? { network: visitor, device: visitor } : { network: visitor.slice(0, dot), device: visitor.slice(dot + 1) }
}
