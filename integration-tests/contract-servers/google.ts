/**
 * A local server that follows the Google Merchant API (products v1) contract, for the Google
 * provider's tests:
 * - `POST /products/v1/accounts/{account}/productInputs:insert?dataSource=accounts/{account}/dataSources/{id}`
 *   with `Authorization: Bearer`; a ProductInput missing offerId/contentLanguage/feedLabel or a
 *   required attribute is a 400 INVALID_ARGUMENT; answers the ProductInput with its name.
 * - `DELETE /products/v1/accounts/{account}/productInputs/{contentLanguage~feedLabel~offerId or
 *   its base64url}?dataSource=` answers {} or 404 NOT_FOUND.
 * - Throttling: after N calls, 429 RESOURCE_EXHAUSTED with reason `quota/request_rate_too_high`
 *   or `quota/daily_limit_exceeded` (with `Retry-After` when the plan gives one, as Google's
 *   front end sometimes sends).
 * - A passing outage of one product's calls: 503 UNAVAILABLE for the offer ids in `unavailableIds`.
 * - `GET /products/v1/accounts/{account}/products?pageSize=&pageToken=` lists products in pages,
 *   each with its `productStatus` (`itemLevelIssues`: what Google's review found after the insert
 *   was accepted; tests put them in `issues` by offer id).
 * - It counts inserts per product and UTC day and refuses a third one of a product in a day
 *   (`maxUpdatesPerDay`, 2 by default: Google processes at most two updates of a product a day)
 *   with 429 RESOURCE_EXHAUSTED, reason `quota/daily_limit_exceeded`, nothing stored.
 * - OAuth 2.0 (`oauth`): `POST /token`, form-encoded, as Google's token endpoint
 *   (https://oauth2.googleapis.com/token). The JWT bearer grant
 *   (`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=`) checks the RS256
 *   signature with the public key the test registered for the `iss` account, `aud` = this
 *   endpoint, the content scope, and `iat`/`exp` (at most an hour apart, not expired); the refresh
 *   grant checks `client_id`/`client_secret` (401 invalid_client) and the refresh token (400
 *   invalid_grant "Token has been expired or revoked."). Both answer `{access_token, expires_in,
 *   token_type: "Bearer"}`; the API then takes that token until `expires_in` has passed on the
 *   server's clock (`now`), and answers 401 UNAUTHENTICATED after.
 */
import { createPublicKey, verify, type KeyObject } from "node:crypto"
import { ContractServer, ReceivedRequest, Reply, ThrottlePlan, startJsonServer } from "./_server"
import { IssuedTokens, formOf } from "./_tokens"

export type GoogleServerOptions = {
  token?: string
  merchantId?: string
  dataSourceId?: string
  throttle?: { after: number; times?: number; kind?: "minute" | "day"; retryAfterSeconds?: number }
  /** Offer ids whose inserts answer 503 UNAVAILABLE (a passing backend failure). */
  unavailableIds?: Set<string>
  failIds?: Record<string, string>
  /** Products held before the test: {offerId, contentLanguage, feedLabel}. */
  existing?: { offerId: string; contentLanguage: string; feedLabel: string }[]
  latencyMs?: number
  now?: () => number
  /** Inserts of one product a UTC day before the next is refused (Google: 2). */
  maxUpdatesPerDay?: number
  oauth?: {
    /** Service accounts and the public key of their key pair. */
    serviceAccounts?: { clientEmail: string; publicKey: KeyObject | string }[]
    /** OAuth clients, with the refresh tokens each one holds. */
    clients?: { clientId: string; clientSecret: string; refreshTokens: string[] }[]
    /** `expires_in` of the tokens it issues (Google: 3599). */
    tokenLifetimeSeconds?: number
    /**
     * Once this many inserts were answered, every token issued so far ends: a token's hour running
     * out in the middle of a run, without moving the server's clock away from the caller's.
     */
    endTokensAfterInserts?: number
  }
}

export type GoogleServer = ContractServer & {
  products: Map<string, any>
  /** "day|contentLanguage~feedLabel~offerId" -> inserts that day. */
  updates: Map<string, number>
  /** offerId -> the item-level issues Google's review reports for it (products v1 shape). */
  issues: Map<string, { code: string; severity: "NOT_IMPACTED" | "DEMOTED" | "DISAPPROVED"; attribute?: string; description: string; detail?: string }[]>
  /** The token endpoint's URL (what a service account key file calls `token_uri`). */
  tokenUrl: string
  /** The access tokens it issued (`refused`: API calls refused for an unknown or expired token). */
  tokens: IssuedTokens
  /** The user revokes the app's access: that refresh token answers invalid_grant from now on. */
  revokeRefreshToken: (refreshToken: string) => void
  /** The token requests received, in order. */
  tokenRequests: () => ReceivedRequest[]
}

export const CONTENT_SCOPE = "https://www.googleapis.com/auth/content"
const JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"

const oauthError = (status: number, error: string, description: string): Reply => ({
  status,
  body: { error, error_description: description },
})

const REQUIRED = ["title", "link", "imageLink", "availability", "price"]

const googleError = (code: number, status: string, message: string, reason?: string): Reply => ({
  status: code,
  body: {
    error: {
      code,
      message,
      status,
      ...(reason
        ? { details: [{ "@type": "type.googleapis.com/google.rpc.ErrorInfo", reason, domain: "merchantapi.googleapis.com" }] }
        : {}),
    },
  },
})

export async function startGoogleServer(options: GoogleServerOptions = {}): Promise<GoogleServer> {
  const token = options.token ?? "google-token"
  const merchantId = options.merchantId ?? "123"
  const dataSource = `accounts/${merchantId}/dataSources/${options.dataSourceId ?? "456"}`
  const now = options.now ?? Date.now
  const products = new Map<string, any>()
  for (const p of options.existing ?? []) products.set(`${p.contentLanguage}~${p.feedLabel}~${p.offerId}`, { ...p })
  const updates = new Map<string, number>()
  const issues: GoogleServer["issues"] = new Map()
  const throttle = new ThrottlePlan(options.throttle ?? null)
  const tokens = new IssuedTokens(now, "ya29.")
  const lifetime = options.oauth?.tokenLifetimeSeconds ?? 3599
  const accounts = new Map((options.oauth?.serviceAccounts ?? []).map((a) => [a.clientEmail, typeof a.publicKey === "string" ? createPublicKey(a.publicKey) : a.publicKey]))
  const refreshTokens = new Map<string, string>()
  for (const c of options.oauth?.clients ?? []) for (const rt of c.refreshTokens) refreshTokens.set(rt, c.clientId)
  let tokenUrl = ""
  let inserted = 0

  const granted = (): Reply => ({ body: { access_token: tokens.issue(lifetime), expires_in: lifetime, token_type: "Bearer" } })

  /** Google's checks of a service account's assertion, with Google's error words. */
  const jwtBearer = (assertion: string): Reply => {
    const parts = assertion.split(".")
    if (parts.length !== 3) return oauthError(400, "invalid_grant", "Invalid JWT: not a signed JWT")
    let header: any
    let claims: any
    try {
      header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"))
      claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"))
    } catch {
      return oauthError(400, "invalid_grant", "Invalid JWT: cannot decode")
    }
    if (header.alg !== "RS256") return oauthError(400, "invalid_grant", "Invalid JWT Signature.")
    const publicKey = accounts.get(claims.iss)
    if (!publicKey) return oauthError(400, "invalid_grant", "Invalid grant: account not found")
    const signed = verify("RSA-SHA256", Buffer.from(`${parts[0]}.${parts[1]}`), publicKey, Buffer.from(parts[2], "base64url"))
    if (!signed) return oauthError(400, "invalid_grant", "Invalid JWT Signature.")
    if (claims.aud !== tokenUrl) return oauthError(400, "invalid_grant", "Invalid JWT: Failed audience check.")
    const nowSeconds = Math.floor(now() / 1000)
    if (!(claims.iat <= nowSeconds + 60 && claims.exp > nowSeconds && claims.exp - claims.iat <= 3600)) {
      return oauthError(
        400,
        "invalid_grant",
        "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim."
      )
    }
    if (!String(claims.scope ?? "").split(" ").includes(CONTENT_SCOPE)) {
      return oauthError(400, "invalid_scope", "Invalid OAuth scope or ID token audience provided.")
    }
    return granted()
  }

  const refreshGrant = (form: URLSearchParams): Reply => {
    const client = (options.oauth?.clients ?? []).find((c) => c.clientId === form.get("client_id"))
    if (!client || client.clientSecret !== form.get("client_secret")) return oauthError(401, "invalid_client", "Unauthorized")
    const rt = form.get("refresh_token") ?? ""
    if (refreshTokens.get(rt) !== client.clientId) return oauthError(400, "invalid_grant", "Token has been expired or revoked.")
    return granted()
  }

  const tokenEndpoint = (req: ReceivedRequest): Reply => {
    if (req.method !== "POST" || !String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
      return oauthError(400, "invalid_request", "Invalid request: POST application/x-www-form-urlencoded")
    }
    const form = formOf(req.body)
    const grant = form.get("grant_type")
    if (grant === JWT_BEARER) return jwtBearer(form.get("assertion") ?? "")
    if (grant === "refresh_token") return refreshGrant(form)
    return oauthError(400, "unsupported_grant_type", `Invalid grant_type: ${grant ?? ""}`)
  }

  const handler = (req: ReceivedRequest): Reply => {
    if (req.path === "/token") return tokenEndpoint(req)
    if (req.headers.authorization !== `Bearer ${token}` && !tokens.accepts(req.headers.authorization)) {
      tokens.refused++
      return googleError(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.")
    }
    const prefix = `/products/v1/accounts/${merchantId}`
    if (!req.path.startsWith(prefix)) {
      return googleError(403, "PERMISSION_DENIED", "The caller does not have access to this account.")
    }
    if (throttle.hit()) {
      const daily = options.throttle?.kind === "day"
      const reason = daily ? "quota/daily_limit_exceeded" : "quota/request_rate_too_high"
      const message = `Quota exceeded for quota metric '${daily ? "daily" : "per minute"}': ${reason}`
      const reply = googleError(429, "RESOURCE_EXHAUSTED", message, reason)
      const retryAfter = options.throttle?.retryAfterSeconds
      return retryAfter ? { ...reply, headers: { "retry-after": String(retryAfter) } } : reply
    }
    const rest = req.path.slice(prefix.length)

    if (req.method === "POST" && rest === "/productInputs:insert") {
      if (req.query.get("dataSource") !== dataSource) {
        return googleError(400, "INVALID_ARGUMENT", "dataSource is required and must be an API data source of this account")
      }
      const input = req.body ?? {}
      for (const field of ["offerId", "contentLanguage", "feedLabel"]) {
        if (!input[field]) return googleError(400, "INVALID_ARGUMENT", `[${field}] Required field is missing`)
      }
      if (options.unavailableIds?.has(input.offerId)) {
        return googleError(503, "UNAVAILABLE", "The service is currently unavailable.")
      }
      const forced = options.failIds?.[input.offerId]
      if (forced) return googleError(400, "INVALID_ARGUMENT", forced)
      const attributes = input.productAttributes ?? {}
      for (const field of REQUIRED) {
        if (attributes[field] == null) {
          return googleError(400, "INVALID_ARGUMENT", `[productAttributes.${field}] Required attribute is missing`)
        }
      }
      const price = attributes.price ?? {}
      if (!/^\d+$/.test(String(price.amountMicros)) || !/^[A-Z]{3}$/.test(String(price.currencyCode))) {
        const message = "[productAttributes.price] amountMicros must be an integer and currencyCode ISO 4217"
        return googleError(400, "INVALID_ARGUMENT", message)
      }
      const key = `${input.contentLanguage}~${input.feedLabel}~${input.offerId}`
      const day = new Date(now()).toISOString().slice(0, 10)
      if ((updates.get(`${day}|${key}`) ?? 0) >= (options.maxUpdatesPerDay ?? 2)) {
        const message = `Quota exceeded: product ${key} was updated ${options.maxUpdatesPerDay ?? 2} times today; try again after 00:00 UTC`
        return googleError(429, "RESOURCE_EXHAUSTED", message, "quota/daily_limit_exceeded")
      }
      updates.set(`${day}|${key}`, (updates.get(`${day}|${key}`) ?? 0) + 1)
      products.set(key, { ...input })
      if (++inserted === options.oauth?.endTokensAfterInserts) tokens.revokeAll()
      return {
        body: { name: `accounts/${merchantId}/productInputs/${key}`, product: `accounts/${merchantId}/products/${key}`, ...input },
      }
    }

    const del = rest.match(/^\/productInputs\/([^/]+)$/)
    if (req.method === "DELETE" && del) {
      if (req.query.get("dataSource") !== dataSource) return googleError(400, "INVALID_ARGUMENT", "dataSource is required")
      let name = decodeURIComponent(del[1])
      if (!name.includes("~")) name = Buffer.from(name, "base64url").toString("utf8")
      if (!products.delete(name)) return googleError(404, "NOT_FOUND", `Product input ${name} not found`)
      return { body: {} }
    }

    if (req.method === "GET" && rest === "/products") {
      const pageSize = Math.min(Number(req.query.get("pageSize") ?? 25), 1000)
      const keys = [...products.keys()].sort()
      const start = Number(req.query.get("pageToken") ?? 0)
      const page = keys.slice(start, start + pageSize)
      const end = start + page.length
      return {
        body: {
          products: page.map((k) => {
            const p = products.get(k)
            return {
              name: `accounts/${merchantId}/products/${k}`,
              offerId: p.offerId,
              contentLanguage: p.contentLanguage,
              feedLabel: p.feedLabel,
              productStatus: {
                destinationStatuses: [],
                itemLevelIssues: (issues.get(p.offerId) ?? []).map((i) => ({
                  ...i,
                  resolution: "MERCHANT_ACTION",
                  reportingContext: "SHOPPING_ADS",
                  applicableCountries: [p.feedLabel],
                })),
              },
            }
          }),
          ...(end < keys.length ? { nextPageToken: String(end) } : {}),
        },
      }
    }
    return googleError(404, "NOT_FOUND", "Method not found.")
  }

  const server = await startJsonServer(handler, { latencyMs: options.latencyMs })
  tokenUrl = `${server.url}/token`
  return {
    ...server,
    products,
    updates,
    issues,
    tokenUrl,
    tokens,
    revokeRefreshToken: (rt) => refreshTokens.delete(rt),
    tokenRequests: () => server.received.filter((r) => r.path === "/token"),
  }
}
