import { lookup } from "dns/promises"
import { isIP } from "net"
import type { CredentialProblem } from "./credentials"

type Destination = "meta" | "google" | "pinterest" | "tiktok"

/**
 * The hosts each platform's API and token endpoints live on. A channel's `api_base_url` and
 * `token_uri` (and a Google key file's `token_uri`) may name only these, or a host listed in the
 * plugin's `catalogAllowedHosts` (a proxy, a contract server in tests): the channel's tokens are
 * sent there, so an admin session, a stolen one included, must not be able to point them at any
 * server, or make this server call into the private network.
 */
export const PLATFORM_HOSTS: Record<Destination, string[]> = {
  meta: ["graph.facebook.com"],
  google: ["merchantapi.googleapis.com", "oauth2.googleapis.com", "www.googleapis.com", "accounts.google.com"],
  pinterest: ["api.pinterest.com", "api-sandbox.pinterest.com"],
  tiktok: ["business-api.tiktok.com", "sandbox-ads.tiktok.com"],
}

/** The credential names that are endpoints (where the secrets are sent). */
export const ENDPOINT_KEYS = ["api_base_url", "token_uri"] as const

export type EndpointPolicy = {
  /** The plugin's `catalogAllowedHosts`: host names (or IP literals) beyond the platforms'. */
  allowedHosts: string[]
  /** Production: private, loopback and link-local addresses are refused, listed or not... */
  production: boolean
  /**
   * ...but for these (the plugin's `catalogPrivateHosts`, set by whoever deploys the store: an
   * egress proxy inside the private network, a contract server in tests). Each must be in
   * `allowedHosts` too.
   */
  privateHosts?: string[]
}

const bare = (host: string) => host.toLowerCase().replace(/^\[|\]$/g, "")

/** Whether an IP literal is private, loopback, link-local, unique-local, CGNAT or unspecified. */
export function isPrivateAddress(ip: string): boolean {
  const addr = ip.replace(/^\[|\]$/g, "").replace(/%.*$/, "").toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(addr)
  if (mapped) {
    return isPrivateAddress(mapped[1])
  }
  if (isIP(addr) === 4) {
    const [a, b] = addr.split(".").map(Number)
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    )
  }
  if (isIP(addr) === 6) {
    return addr === "::" || addr === "::1" || /^f[cd]/.test(addr) || /^fe[89ab]/.test(addr) || /^ff/.test(addr)
  }
  return false
}

const LOCAL_NAMES = /(^|\.)(localhost|local|internal|localdomain)$/i

/**
 * What is wrong with one endpoint URL for a destination (null: nothing), without DNS: not an
 * http(s) URL, a host that is neither the platform's nor listed, a platform host over plain http,
 * credentials in the URL, or (production) a private address or local name.
 */
export function endpointProblem(destination: Destination, value: string, policy: EndpointPolicy): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return "must be an http(s) URL"
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return "must be an http(s) URL"
  }
  if (url.username || url.password) {
    return "must not carry a user name or password"
  }
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase()
  const platform = PLATFORM_HOSTS[destination].includes(host)
  const listed = policy.allowedHosts.some((h) => h.toLowerCase().replace(/^\[|\]$/g, "") === host)
  if (!platform && !listed) {
    return `must be on ${PLATFORM_HOSTS[destination].join(", ")} (or a host in the plugin's catalogAllowedHosts option)`
  }
  if (platform && url.protocol !== "https:") {
    return "must use https"
  }
  const trustedPrivate = listed && (policy.privateHosts ?? []).some((h) => bare(h) === host)
  if (policy.production && !trustedPrivate && (isPrivateAddress(host) || LOCAL_NAMES.test(host))) {
    return "must not be a private, loopback or link-local address in production"
  }
  return null
}

/** The endpoints a set of credentials carries, by field name (a Google key file's token_uri too). */
export function endpointsOf(credentials: Record<string, unknown>): Array<{ field: string; url: string }> {
  const out: Array<{ field: string; url: string }> = []
  for (const key of ENDPOINT_KEYS) {
    const v = credentials[key]
    if (typeof v === "string" && v) out.push({ field: `credentials.${key}`, url: v })
  }
  const key = credentials.service_account_json
  if (typeof key === "string" && key) {
    try {
      const tokenUri = JSON.parse(key)?.token_uri
      if (typeof tokenUri === "string" && tokenUri) out.push({ field: "credentials.service_account_json", url: tokenUri })
    } catch {
      // Its own validation names what is wrong with the file.
    }
  }
  return out
}

/** The problems of every endpoint in `credentials`, without DNS (see `endpointProblem`). */
export function endpointProblems(destination: Destination, credentials: Record<string, unknown>, policy: EndpointPolicy): CredentialProblem[] {
  return endpointsOf(credentials)
    .map(({ field, url }) => {
      const problem = endpointProblem(destination, url, policy)
      return problem ? { field, message: field.endsWith("service_account_json") ? `token_uri ${problem}` : problem } : null
    })
    .filter((p): p is CredentialProblem => !!p)
}

/**
 * In production, the endpoints whose host name resolves to a private, loopback or link-local
 * address (a public name pointed at the private network). Checked when an admin saves them.
 */
export async function privateResolutionProblems(credentials: Record<string, unknown>, policy: EndpointPolicy): Promise<CredentialProblem[]> {
  if (!policy.production) {
    return []
  }
  const problems: CredentialProblem[] = []
  for (const { field, url } of endpointsOf(credentials)) {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, "")
    if (isIP(host) || (policy.privateHosts ?? []).some((h) => bare(h) === host.toLowerCase())) continue
    const addresses = await lookup(host, { all: true }).catch(() => [])
    if (addresses.some((a) => isPrivateAddress(a.address))) {
      problems.push({ field, message: "resolves to a private, loopback or link-local address" })
    }
  }
  return problems
}

/**
 * The credential names that are secrets (what an endpoint change must come with again): every
 * stored name but identifiers and the endpoints themselves.
 */
const NOT_SECRET = new Set(["catalog_id", "merchant_id", "business_id", "data_source_id", "bc_id", "ad_account_id", "product_group_id", "app_id", "client_id", ...ENDPOINT_KEYS])

/**
 * An update that points a channel's endpoints somewhere (api_base_url, token_uri) must carry the
 * channel's secrets again: otherwise whoever holds an admin session could send the stored tokens
 * to a server of their choosing. Resetting an endpoint (null: the platform's own) needs nothing.
 */
export function endpointChangeProblems(given: Record<string, string | null | undefined>, storedKeys: string[]): CredentialProblem[] {
  const moved = ENDPOINT_KEYS.some((k) => typeof given[k] === "string" && given[k] !== "")
  if (!moved) {
    return []
  }
  return storedKeys
    .filter((k) => !NOT_SECRET.has(k) && !(typeof given[k] === "string" && given[k] !== ""))
    .map((k) => ({ field: `credentials.${k}`, message: "is required again when api_base_url or token_uri changes" }))
}
