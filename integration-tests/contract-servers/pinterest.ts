/**
 * A local server that follows Pinterest's v5 catalogs contract, for the Pinterest provider's tests:
 * - `POST /v5/catalogs/items/batch` with `Authorization: Bearer`, `operation` (CREATE, UPDATE,
 *   UPSERT, DELETE), one `country` and one `language`, 1 to 1,000 `items`; a bad body is a 400
 *   `{code, message}`; answers `{batch_id, status: "PROCESSING"}`.
 * - `GET /v5/catalogs/items/batch/{batch_id}` answers PROCESSING for the first poll(s), then
 *   COMPLETED with one record per item: SUCCESS, or FAILURE with `errors` [{attribute, code, message}].
 * - Throttling: after N calls, 429 `{code: 8, message}` with x-ratelimit-limit/-remaining/-reset.
 * - `GET /v5/catalogs/product_groups/{id}/products?page_size=&bookmark=` lists items in bookmark
 *   pages as `{items: [{catalog_type, metadata: {item_id, ...}, pin}], bookmark}`.
 * - Feed processing, where Pinterest documents per-item issues: `GET /v5/catalogs/feeds`
 *   (`catalog_id` filter) lists the feeds the test gives; `GET /v5/catalogs/feeds/{id}/processing_results`
 *   answers a newer FAILED result and an older COMPLETED one, whose `validation_details` count
 *   the items per issue code; `GET /v5/catalogs/processing_results/{id}/item_issues` lists
 *   `{item_id, item_number, errors: {CODE: {attribute_name, provided_value}}, warnings}` for at
 *   most `sampleLimit` (20, as Pinterest) items per code, in bookmark pages. Tests set the issues
 *   in `issues` by item id.
 * - OAuth (`oauth`): `POST /v5/oauth/token`, form-encoded, HTTP Basic app credentials (401
 *   `{code: 2}` when wrong), `grant_type=refresh_token`: a known refresh token answers
 *   `{access_token, token_type: "bearer", expires_in, scope, refresh_token,
 *   refresh_token_expires_in, refresh_token_expires_at, response_type}` with a NEW continuous
 *   refresh token (60 days), and the one used stops working (the strict reading: Pinterest's
 *   reference does not say that the old one keeps working); an unknown, replaced or revoked one
 *   is refused `{code: 283, message: "The authorization grant is invalid"}` with 401. Access
 *   tokens then work until `expires_in` (30 days) has passed on the server's clock (`now`).
 */
import { ContractServer, ReceivedRequest, Reply, ThrottlePlan, startJsonServer } from "./_server"
import { IssuedTokens, formOf } from "./_tokens"

export type PinterestServerOptions = {
  token?: string
  maxItems?: number
  pollsProcessing?: number
  throttle?: { after: number; times?: number; resetSeconds?: number; windowSeconds?: number }
  failIds?: Record<string, { attribute: string; message: string }>
  existing?: string[]
  productGroupId?: string
  /** Feeds registered at Pinterest (their processing results carry the item issues). */
  feeds?: PinterestFeed[]
  /** Items Pinterest returns per issue code of a processing result (20). */
  sampleLimit?: number
  now?: () => number
  oauth?: {
    clientId: string
    clientSecret: string
    /** Refresh tokens the app holds at the start. */
    refreshTokens: string[]
    /** `expires_in` of the access tokens it issues (Pinterest: 30 days). */
    accessTokenLifetimeSeconds?: number
  }
}

export type PinterestFeed = { id: string; default_country: string; default_locale: string; catalog_id?: string; status?: "ACTIVE" | "INACTIVE" }

/** One issue Pinterest's feed processing found on an item: an error kept it out, a warning did not. */
export type PinterestItemIssue = { code: string; attribute: string; value?: string; severity?: "error" | "warning" }

export type PinterestServer = ContractServer & {
  /** "US|EN|item_id" -> attributes. */
  items: Map<string, Record<string, unknown>>
  batches: Map<string, { polls: number; records: any[]; country: string; language: string }>
  /** item id -> the issues the feeds' latest processing found (what item_issues samples). */
  issues: Map<string, PinterestItemIssue[]>
  /** The access tokens it issued (`refused`: API calls refused for an unknown or expired token). */
  tokens: IssuedTokens
  /** Refresh tokens that work now (each refresh replaces the one used). */
  refreshTokens: Set<string>
  /** The token requests received, in order. */
  tokenRequests: () => ReceivedRequest[]
}

const REFRESH_LIFETIME_SECONDS = 60 * 86_400

const OPERATIONS = new Set(["CREATE", "UPDATE", "UPSERT", "DELETE"])
const REQUIRED = ["title", "description", "link", "image_link", "price", "availability"]
const AVAILABILITY = new Set(["in stock", "out of stock", "preorder"])

const error = (status: number, code: number, message: string, headers?: Record<string, string>): Reply => ({
  status,
  headers,
  body: { code, message },
})

export async function startPinterestServer(options: PinterestServerOptions = {}): Promise<PinterestServer> {
  const token = options.token ?? "pinterest-token"
  const maxItems = options.maxItems ?? 1_000
  const items = new Map<string, Record<string, unknown>>()
  for (const id of options.existing ?? []) items.set(`US|EN|${id}`, { item_id: id })
  const batches = new Map<string, { polls: number; records: any[]; country: string; language: string }>()
  const throttle = new ThrottlePlan(options.throttle ?? null)
  const issues = new Map<string, PinterestItemIssue[]>()
  const feeds = options.feeds ?? []
  const sampleLimit = options.sampleLimit ?? 20
  let seq = 0
  const now = options.now ?? Date.now
  const tokens = new IssuedTokens(now, "pina_")
  const refreshTokens = new Set(options.oauth?.refreshTokens ?? [])
  let rotation = 0

  const tokenEndpoint = (req: ReceivedRequest): Reply => {
    const oauth = options.oauth
    const basic = oauth ? `Basic ${Buffer.from(`${oauth.clientId}:${oauth.clientSecret}`).toString("base64")}` : null
    if (!basic || req.headers.authorization !== basic) return error(401, 2, "Authentication failed.")
    if (!String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
      return error(400, 1, "Invalid parameters: the body must be application/x-www-form-urlencoded")
    }
    const form = formOf(req.body)
    if (form.get("grant_type") !== "refresh_token") return error(400, 1, "Invalid parameters: grant_type")
    const used = form.get("refresh_token") ?? ""
    if (!refreshTokens.delete(used)) return error(401, 283, "The authorization grant is invalid")
    const next = `pinr.${++rotation}.${Math.random().toString(36).slice(2)}`
    refreshTokens.add(next)
    const lifetime = oauth!.accessTokenLifetimeSeconds ?? 30 * 86_400
    return {
      body: {
        access_token: tokens.issue(lifetime),
        token_type: "bearer",
        expires_in: lifetime,
        scope: "catalogs:read,catalogs:write",
        refresh_token: next,
        refresh_token_expires_in: REFRESH_LIFETIME_SECONDS,
        refresh_token_expires_at: Math.floor(now() / 1000) + REFRESH_LIFETIME_SECONDS,
        response_type: "refresh_token",
      },
    }
  }

  /** The latest processing's records: per code, the first `sampleLimit` items that have it. */
  function sampledRecords() {
    const byItem = new Map<string, { errors: Record<string, unknown>; warnings: Record<string, unknown> }>()
    const counts = { errors: {} as Record<string, number>, warnings: {} as Record<string, number> }
    const codes = new Set([...issues.values()].flat().map((i) => `${i.severity ?? "error"}|${i.code}`))
    for (const key of [...codes].sort()) {
      const [severity, code] = key.split("|")
      const kind = severity === "warning" ? "warnings" : "errors"
      const having = [...issues.entries()].filter(([, list]) => list.some((i) => i.code === code && (i.severity ?? "error") === severity)).map(([id]) => id).sort()
      counts[kind][code] = having.length
      for (const id of having.slice(0, sampleLimit)) {
        const issue = issues.get(id)!.find((i) => i.code === code)!
        const record = byItem.get(id) ?? { errors: {}, warnings: {} }
        record[kind][code] = { attribute_name: issue.attribute, provided_value: issue.value ?? null }
        byItem.set(id, record)
      }
    }
    const records = [...byItem.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, r], n) => ({ item_id: id, item_number: n, ...r }))
    return { records, counts }
  }

  /** One page of a bookmark-paged list. */
  function paged(list: unknown[], req: ReceivedRequest, max = 250) {
    const pageSize = Math.min(Number(req.query.get("page_size") ?? 25), max)
    const start = req.query.get("bookmark") ? Number(Buffer.from(req.query.get("bookmark")!, "base64url").toString()) : 0
    const end = Math.min(start + pageSize, list.length)
    return { items: list.slice(start, end), bookmark: end < list.length ? Buffer.from(String(end)).toString("base64url") : null }
  }

  const handler = (req: ReceivedRequest): Reply => {
    if (req.method === "POST" && req.path === "/v5/oauth/token") return tokenEndpoint(req)
    if (req.headers.authorization !== `Bearer ${token}` && !tokens.accepts(req.headers.authorization)) {
      tokens.refused++
      return error(401, 2, "Authentication failed.")
    }
    if (throttle.hit()) {
      const w = options.throttle?.windowSeconds ?? 60
      return error(429, 8, "You have exceeded your rate limit. Try again later.", {
        "x-ratelimit-limit": `1000, 1000;w=${w}`,
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": String(options.throttle?.resetSeconds ?? 30),
      })
    }
    const rateHeaders = { "x-ratelimit-limit": "1000, 1000;w=60", "x-ratelimit-remaining": "999", "x-ratelimit-reset": "60" }

    if (req.method === "POST" && req.path === "/v5/catalogs/items/batch") {
      const { operation, country, language } = req.body ?? {}
      const list: any[] = req.body?.items
      if (!OPERATIONS.has(operation)) {
        return error(400, 1, `Invalid parameters: operation must be one of ${[...OPERATIONS].join(", ")}`)
      }
      if (!/^[A-Z]{2}$/.test(country ?? "") || !/^[A-Z]{2}$/.test(language ?? "")) {
        return error(400, 1, "Invalid parameters: one country and one language are required for a batch")
      }
      if (!Array.isArray(list) || list.length < 1 || list.length > maxItems) {
        return error(400, 1, `Invalid parameters: items must hold between 1 and ${maxItems} items`)
      }
      const records = list.map((item) => {
        const id = String(item.item_id)
        const key = `${country}|${language}|${id}`
        if (operation === "DELETE") {
          items.delete(key)
          return { item_id: id, status: "SUCCESS", errors: [], warnings: [] }
        }
        const attributes = item.attributes ?? {}
        const errors: any[] = []
        const forced = options.failIds?.[id]
        if (forced) errors.push({ attribute: forced.attribute, code: 3, message: forced.message })
        for (const field of REQUIRED) {
          if (attributes[field] == null || attributes[field] === "") {
            errors.push({ attribute: field, code: 1, message: `Required attribute ${field} is missing` })
          }
        }
        if (attributes.availability && !AVAILABILITY.has(attributes.availability)) {
          errors.push({ attribute: "availability", code: 2, message: `Invalid value for availability: ${attributes.availability}` })
        }
        if (attributes.image_link && !Array.isArray(attributes.image_link)) {
          errors.push({ attribute: "image_link", code: 2, message: "image_link must be a list of URLs" })
        }
        if (errors.length) return { item_id: id, status: "FAILURE", errors, warnings: [] }
        items.set(key, { item_id: id, ...attributes })
        const warnings = attributes.gtin
          ? []
          : [{ attribute: "gtin", code: 100, message: "Adding a GTIN helps people find this product" }]
        return { item_id: id, status: "SUCCESS", errors: [], warnings }
      })
      const batchId = `batch_${++seq}`
      batches.set(batchId, { polls: 0, records, country, language })
      return {
        headers: rateHeaders,
        body: { batch_id: batchId, status: "PROCESSING", created_time: new Date().toISOString() },
      }
    }

    const status = req.path.match(/^\/v5\/catalogs\/items\/batch\/([^/]+)$/)
    if (req.method === "GET" && status) {
      const batch = batches.get(status[1])
      if (!batch) return error(404, 4, "Batch not found")
      batch.polls++
      if (batch.polls <= (options.pollsProcessing ?? 1)) {
        return { body: { batch_id: status[1], status: "PROCESSING", items: [] } }
      }
      return {
        body: { batch_id: status[1], status: "COMPLETED", completed_time: new Date().toISOString(), items: batch.records },
      }
    }

    const group = req.path.match(/^\/v5\/catalogs\/product_groups\/([^/]+)\/products$/)
    if (req.method === "GET" && group) {
      if (options.productGroupId && group[1] !== options.productGroupId) return error(404, 4, "Product group not found")
      const pageSize = Math.min(Number(req.query.get("page_size") ?? 25), 250)
      const ids = [...new Set([...items.keys()].map((k) => k.split("|")[2]))].sort()
      const start = req.query.get("bookmark") ? Number(Buffer.from(req.query.get("bookmark")!, "base64url").toString()) : 0
      const page = ids.slice(start, start + pageSize)
      const end = start + page.length
      return {
        body: {
          items: page.map((id, i) => ({
            catalog_type: "RETAIL",
            metadata: {
              item_id: id,
              item_group_id: null,
              availability: "IN_STOCK",
              currency: "USD",
              price: 15,
              sale_price: null,
            },
            pin: { id: `pin_${start + i}` },
          })),
          bookmark: end < ids.length ? Buffer.from(String(end)).toString("base64url") : null,
        },
      }
    }
    if (req.method === "GET" && req.path === "/v5/catalogs/feeds") {
      const catalogId = req.query.get("catalog_id")
      const list = feeds
        .filter((f) => !catalogId || !f.catalog_id || f.catalog_id === catalogId)
        .map((f) => ({
          ...f,
          catalog_type: "RETAIL",
          status: f.status ?? "ACTIVE",
          format: "XML",
          location: `https://shop.example/feeds/${f.id}.xml`,
          name: `Feed ${f.id}`,
          created_at: "2026-01-01T00:00:00Z",
          updated_at: "2026-01-01T00:00:00Z",
        }))
      return { body: paged(list, req) }
    }

    const results = req.path.match(/^\/v5\/catalogs\/feeds\/([^/]+)\/processing_results$/)
    if (req.method === "GET" && results) {
      if (!feeds.some((f) => f.id === results[1])) return error(404, 4161, "Sorry! We could not find your catalogs feed.")
      const { counts } = sampledRecords()
      const ingested = items.size
      const result = (id: string, status: string, created: string, validation: typeof counts) => ({
        id,
        created_at: created,
        updated_at: created,
        status,
        ingestion_details: { errors: {}, info: {}, warnings: {} },
        product_counts: { original: ingested, ingested },
        validation_details: validation,
      })
      return {
        body: {
          // A newer processing that failed (a fetch error) has no item verdicts: the completed one does.
          items: [
            result(`pr_${results[1]}_failed`, "FAILED", new Date().toISOString(), { errors: {}, warnings: {} }),
            result(`pr_${results[1]}_done`, "COMPLETED", new Date(Date.now() - 3_600_000).toISOString(), counts),
          ],
          bookmark: null,
        },
      }
    }

    const itemIssues = req.path.match(/^\/v5\/catalogs\/processing_results\/([^/]+)\/item_issues$/)
    if (req.method === "GET" && itemIssues) {
      if (!/^pr_.+_done$/.test(itemIssues[1])) return error(404, 4184, "Sorry! We could not find your processing result.")
      return { body: paged(sampledRecords().records, req) }
    }
    return error(404, 4, "Not found")
  }

  const server = await startJsonServer(handler)
  return { ...server, items, batches, issues, tokens, refreshTokens, tokenRequests: () => server.received.filter((r) => r.path === "/v5/oauth/token") }
}
