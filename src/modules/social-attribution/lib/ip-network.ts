import { isIPv4, isIPv6 } from "net"

/**
 * The network an IP belongs to, as one person's connection usually spans it: an IPv4 /24 or an
 * IPv6 /64 (a home or mobile connection gets a whole /64 and may change addresses within it, and
 * a /24 covers a household's changing carrier-grade NAT address often enough to be a signal).
 * IPv4-mapped IPv6 addresses (`::ffff:203.0.113.7`, as Node reports IPv4 clients on a dual-stack
 * socket) count as IPv4. Null for anything that is not an IP.
 */
export function ipNetwork(ip: string | null | undefined): string | null {
  if (!ip) return null
  let value = ip.trim()
  const mapped = value.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)
  if (mapped) value = mapped[1]
  if (isIPv4(value)) {
    return `${value.split(".").slice(0, 3).join(".")}.0/24`
  }
  const bare = value.replace(/%.*$/, "")
  if (!isIPv6(bare)) return null
  const [head, tail = ""] = bare.toLowerCase().split("::")
  const left = head ? head.split(":") : []
  const right = tail ? tail.split(":") : []
  const groups = bare.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left
  return `${groups.slice(0, 4).map((g) => parseInt(g || "0", 16).toString(16)).join(":")}::/64`
}
