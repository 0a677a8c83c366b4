import { isIP } from "net"

/**
 * The network an address belongs to, as one person or household is seen from outside: an IPv4
 * /24 or an IPv6 /64. A single host easily has many addresses inside those (IPv6 privacy
 * addresses rotate within the /64; a small provider hands out neighbouring IPv4s), so limits
 * and visitor counts keyed by the bare address are trivially dodged.
 * An IPv4-mapped IPv6 address (`::ffff:203.0.113.7`, as Node reports IPv4 peers on a dual-stack
 * socket) counts as its IPv4. Anything unparsable is "unknown": one shared bucket, never a free pass.
 */
export function networkOf(ip: string | null | undefined): string {
  const raw = (ip ?? "").trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "")
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(raw)
  const address = mapped ? mapped[1] : raw
  const version = isIP(address)
  if (version === 4) {
    const [a, b, c] = address.split(".").map(Number)
    return `${a}.${b}.${c}.0/24`
  }
  if (version === 6) {
    const hextets = expandIpv6(address)
    return `${hextets.slice(0, 4).join(":")}::/64`
  }
  return "unknown"
}

/** The eight hextets of a valid IPv6 address, lower case and without leading zeros. */
function expandIpv6(address: string): string[] {
  let text = address.toLowerCase()
  // A trailing dotted IPv4 (e.g. 64:ff9b::192.0.2.1) is two hextets.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number)
    text = text.slice(0, v4.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined]
  const left = head ? head.split(":") : []
  const right = tail !== undefined && tail !== "" ? tail.split(":") : []
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0")
  return [...left, ...fill, ...right].map((h) => parseInt(h || "0", 16).toString(16))
}

export type RateLimitSubject = {
  /** The client address as Medusa's trust-proxy setting gives it (`req.ip`). */
  ip?: string | null
  /** `req.auth_context`, when the request is authenticated. */
  actor_type?: string | null
  actor_id?: string | null
}

/**
 * The bucket a request counts against: the customer (or admin user) when logged in, so that
 * shoppers sharing one network (an office, a mobile carrier's NAT) do not share a budget, and the
 * client's network otherwise.
 */
export function rateLimitKey(subject: RateLimitSubject): string {
  if (subject.actor_id && subject.actor_type) {
    return `${subject.actor_type === "customer" ? "c" : subject.actor_type === "user" ? "u" : subject.actor_type}:${subject.actor_id}`
  }
  return `n:${networkOf(subject.ip)}`
}
