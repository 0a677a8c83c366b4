/**
 * A local server that follows Meta's Catalog Batch API contract, for the Meta provider's tests:
 * - `POST /{version}/{catalog_id}/items_batch` with `Authorization: Bearer`, item_type PRODUCT_ITEM
 *   and `requests` [{method, data}]; over 5,000 requests is error 100, over 28 MB error 1 ("Please
 *   reduce the amount of data"); answers `{handles: [..], validation_status: [..]}` and the
 *   `X-Business-Use-Case-Usage` header. `validation_status` has one entry per request Meta
 *   refused before queueing it (a value in the wrong format: price, availability, method):
 *   `{retailer_id, errors: [{message, error_code}], warnings: [{message}]}`; those requests are
 *   not queued. Any other HTTP method on an edge is refused as Graph does (code 100, "Unsupported
 *   get request").
 * - `GET /{catalog_id}/check_batch_request_status?handle=` answers `started` for the first
 *   poll(s), then `finished` with `errors` [{line, id, message, error_code}] (a sample: at most 50, as Meta
 *   says its list "does not include all errors"), `errors_total_count`, `warnings` and
 *   `ids_of_invalid_requests` (all of them) for the items that failed Meta's checks (required
 *   fields, price format) or that the test told it to fail; or `error` when told to.
 * - Throttling: after N calls, answers error code 80014 (catalog batch rate limit) with
 *   `estimated_time_to_regain_access` (minutes) in X-Business-Use-Case-Usage.
 * - `GET /{catalog_id}/products?fields=retailer_id,review_status,review_rejection_reasons,errors&limit=&after=`
 *   lists items in cursor pages, each with the fields asked for: Meta's review of the item
 *   (`review_status` approved / rejected / pending / outdated, `review_rejection_reasons`, and
 *   `errors` [{title, description, error_type, error_priority}]); tests set it in `reviews` by
 *   retailer id (an item without one is approved).
 */
import { ContractServer, ReceivedRequest, Reply, ThrottlePlan, startJsonServer } from "./_server"

export type MetaServerOptions = {
  token?: string
  catalogId?: string
  maxRequests?: number
  maxBytes?: number
  /** Polls answered "in_progress" before a batch finishes. */
  pollsInProgress?: number
  /** After `after` calls, answer `times` calls with a throttle asking to wait regainMinutes. */
  throttle?: { after: number; times?: number; regainMinutes?: number; code?: number }
  /** How a batch ends: "finished" (default), or "error"/"canceled" when Meta gave up on it. */
  finalStatus?: "finished" | "error" | "canceled"
  /** Extra refusals: retailer id -> message. */
  failIds?: Record<string, string>
  /** Items held before the test (retailer ids), for listings. */
  existing?: string[]
}

/** Meta's review of one item, as the Product Item fields carry it. */
export type MetaReview = {
  review_status: "approved" | "rejected" | "pending" | "outdated"
  review_rejection_reasons?: string[]
  errors?: { title: string; description: string; error_type: string; error_priority: "HIGH" | "MEDIUM" | "LOW" }[]
}

export type MetaServer = ContractServer & {
  items: Map<string, Record<string, unknown>>
  /** retailer id -> Meta's review of the item (approved when absent). */
  reviews: Map<string, MetaReview>
  batches: Map<string, { polls: number; errors: any[]; warnings: any[] }>
  throttledCount: () => number
}

const REQUIRED = ["title", "description", "availability", "condition", "price", "link", "image_link", "brand"]
const AVAILABILITY = new Set(["in stock", "out of stock", "preorder", "available for order", "discontinued"])

function graphError(status: number, code: number, message: string, headers?: Record<string, string>): Reply {
  return { status, headers, body: { error: { message, type: "OAuthException", code, fbtrace_id: "Atest" } } }
}

/** Error codes of the contract server's checks (Meta gives each item error a numeric code). */
export const META_ERROR_CODES = { missingField: 1000, invalidFormat: 1001, refused: 1002, invalidMethod: 1003 }

type ItemProblem = { message: string; error_code: number }

/** Meta's checks before queueing a request (format of the values): null when it may be queued. */
function validate(request: Record<string, any>): ItemProblem | null {
  if (!["CREATE", "UPDATE", "DELETE"].includes(String(request?.method))) {
    return { message: `Invalid method: ${request?.method}; must be one of CREATE, UPDATE, DELETE`, error_code: META_ERROR_CODES.invalidMethod }
  }
  if (request.method === "DELETE") return null
  const data = request.data ?? {}
  if (data.price != null && !/^\d+(\.\d{1,3})? [A-Z]{3}$/.test(String(data.price))) {
    return { message: `Invalid price format: ${data.price}`, error_code: META_ERROR_CODES.invalidFormat }
  }
  if (data.availability != null && !AVAILABILITY.has(String(data.availability))) {
    return { message: `Invalid availability: ${data.availability}`, error_code: META_ERROR_CODES.invalidFormat }
  }
  return null
}

/** Meta's processing checks for one queued UPDATE request; null when accepted. */
function check(data: Record<string, any>): ItemProblem | null {
  for (const field of REQUIRED) {
    if (data[field] == null || data[field] === "") return { message: `Missing required field: ${field}`, error_code: META_ERROR_CODES.missingField }
  }
  return null
}

export async function startMetaServer(options: MetaServerOptions = {}): Promise<MetaServer> {
  const token = options.token ?? "meta-token"
  const catalogId = options.catalogId ?? "cat_1"
  const maxRequests = options.maxRequests ?? 5_000
  const maxBytes = options.maxBytes ?? 28 * 1024 * 1024
  const items = new Map<string, Record<string, unknown>>()
  for (const id of options.existing ?? []) items.set(id, { id })
  const batches = new Map<string, { polls: number; errors: any[]; warnings: any[] }>()
  const reviews = new Map<string, MetaReview>()
  const throttle = new ThrottlePlan(options.throttle ?? null)
  let handleSeq = 0

  const usage = (regainMinutes: number, callCount: number) => ({
    "x-business-use-case-usage": JSON.stringify({
      "1234567890": [
        {
          type: "catalog_batch",
          call_count: callCount,
          total_cputime: 1,
          total_time: 1,
          estimated_time_to_regain_access: regainMinutes,
        },
      ],
    }),
  })

  const handler = (req: ReceivedRequest): Reply => {
    const match = req.path.match(/^(?:\/v\d+\.\d+)?\/([^/]+)\/(items_batch|check_batch_request_status|products)$/)
    if (!match) return graphError(400, 803, "Unknown path")
    if (req.headers.authorization !== `Bearer ${token}`) {
      return graphError(400, 190, "Invalid OAuth access token - Cannot parse access token")
    }
    if (match[1] !== catalogId) return graphError(400, 100, `Unsupported request: object ${match[1]} does not exist`)
    if (throttle.hit()) {
      const code = options.throttle?.code ?? 80014
      const message =
        "(#80014) There have been too many calls for the batch uploads to this catalog account. Wait a bit and try again."
      return graphError(400, code, message, usage(options.throttle?.regainMinutes ?? 7, 100))
    }

    const method = match[2] === "items_batch" ? "POST" : "GET"
    if (req.method !== method) {
      const message = `Unsupported ${req.method.toLowerCase()} request. Object with ID '${match[1]}' does not exist, cannot be loaded due to missing permissions, or does not support this operation`
      return graphError(400, 100, message)
    }

    if (match[2] === "items_batch") {
      const body = req.body ?? {}
      if (body.item_type !== "PRODUCT_ITEM") return graphError(400, 100, "(#100) param item_type must be one of {PRODUCT_ITEM, ...}")
      const requests: any[] = Array.isArray(body.requests) ? body.requests : []
      if (!requests.length) return graphError(400, 100, "(#100) param requests must be non-empty")
      if (requests.length > maxRequests) {
        return graphError(400, 100, `(#100) The requests param can contain at most ${maxRequests} items`)
      }
      if (req.bytes > maxBytes) {
        return graphError(400, 1, "Please reduce the amount of data you're asking for, then retry your request")
      }
      const errors: any[] = []
      const warnings: any[] = []
      const validation: any[] = []
      requests.forEach((r, line) => {
        const id = String(r?.data?.id ?? "")
        const invalid = validate(r)
        if (invalid) {
          // Refused before queueing: answered at once, not part of the batch.
          validation.push({ retailer_id: id, errors: [invalid], warnings: [] })
          return
        }
        if (r.method === "DELETE") {
          items.delete(id)
          return
        }
        const forced = options.failIds?.[id]
        const problem = forced ? { message: forced, error_code: META_ERROR_CODES.refused } : check(r.data ?? {})
        if (problem) {
          errors.push({ line, id, ...problem })
          return
        }
        if (!r.data.gtin && !r.data.mpn) warnings.push({ line, id, message: "Products with a GTIN or MPN are easier to match" })
        items.set(id, { ...(items.get(id) ?? {}), ...r.data })
      })
      const handle = `handle_${++handleSeq}`
      batches.set(handle, { polls: 0, errors, warnings })
      return { headers: usage(0, 5), body: { handles: [handle], validation_status: validation } }
    }

    if (match[2] === "check_batch_request_status") {
      const handle = req.query.get("handle") ?? ""
      const batch = batches.get(handle)
      if (!batch) return graphError(400, 100, `Invalid handle ${handle}`)
      batch.polls++
      if (batch.polls <= (options.pollsInProgress ?? 1)) {
        return { body: { data: [{ handle, status: "started", errors_total_count: 0, errors: [], warnings: [] }] } }
      }
      return {
        body: {
          data: [
            {
              handle,
              status: options.finalStatus ?? "finished",
              errors_total_count: batch.errors.length,
              errors: batch.errors.slice(0, 50),
              warnings: batch.warnings,
              ids_of_invalid_requests: batch.errors.map((e) => e.id),
            },
          ],
        },
      }
    }

    if (match[2] === "products") {
      const limit = Math.min(Number(req.query.get("limit") ?? 25), 1000)
      const ids = [...items.keys()].sort()
      const after = req.query.get("after")
      const start = after ? Number(Buffer.from(after, "base64url").toString()) : 0
      const page = ids.slice(start, start + limit)
      const end = start + page.length
      const paging: any = {
        cursors: {
          before: Buffer.from(String(start)).toString("base64url"),
          after: Buffer.from(String(end)).toString("base64url"),
        },
      }
      if (end < ids.length) paging.next = `http://127.0.0.1/${catalogId}/products?after=${paging.cursors.after}`
      // Graph API nodes carry only the fields asked for (and their id).
      const fields = new Set((req.query.get("fields") ?? "").split(",").filter(Boolean))
      const node = (id: string, i: number) => {
        const review: MetaReview = reviews.get(id) ?? { review_status: "approved" }
        const all: Record<string, unknown> = {
          retailer_id: id,
          review_status: review.review_status,
          review_rejection_reasons: review.review_rejection_reasons ?? [],
          errors: review.errors ?? [],
        }
        const picked = Object.fromEntries(Object.entries(all).filter(([k]) => fields.has(k)))
        return { id: String(900000 + start + i), ...picked }
      }
      return { body: { data: page.map(node), paging } }
    }
    return graphError(400, 100, "Unsupported method")
  }

  const server = await startJsonServer(handler)
  return { ...server, url: `${server.url}/v21.0`, items, batches, reviews, throttledCount: () => throttle.throttledCount }
}
