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
 * - It counts inserts per product and UTC day, so tests can check the two-updates-a-day rule.
 */
import { ContractServer, ReceivedRequest, Reply, ThrottlePlan, startJsonServer } from "./_server"

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
}

export type GoogleServer = ContractServer & {
  products: Map<string, any>
  /** "day|contentLanguage~feedLabel~offerId" -> inserts that day. */
  updates: Map<string, number>
  /** offerId -> the item-level issues Google's review reports for it (products v1 shape). */
  issues: Map<string, { code: string; severity: "NOT_IMPACTED" | "DEMOTED" | "DISAPPROVED"; attribute?: string; description: string; detail?: string }[]>
}

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

  const handler = (req: ReceivedRequest): Reply => {
    if (req.headers.authorization !== `Bearer ${token}`) {
      return googleError(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.")
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
      updates.set(`${day}|${key}`, (updates.get(`${day}|${key}`) ?? 0) + 1)
      products.set(key, { ...input })
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
  return { ...server, products, updates, issues }
}
