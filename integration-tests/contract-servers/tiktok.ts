/**
 * A local server that follows TikTok's catalog API (API for Business v1.3) contract, for the
 * TikTok provider's tests:
 * - Every answer is HTTP 200 with `{code, message, request_id, data}`; code 0 is success.
 * - `Access-Token` header checked (code 40105 when wrong).
 * - `POST /open_api/v1.3/catalog/product/upload/` {bc_id, catalog_id, products}; a product
 *   missing a required field refuses the call (code 40002), as do more products than
 *   `TIKTOK_MAX_PRODUCTS_PER_CALL` (the provider's batch size is checked against it in its tests).
 * - `POST /open_api/v1.3/catalog/product/delete/` {bc_id, catalog_id, sku_ids}.
 * - Its own clock counts calls: upload over 5 a second or 300 a minute, delete over 2 a second,
 *   answers code 40100 with a QPS or QPM message and no Retry-After; a plan can also force 40100
 *   (QPS, QPM or QPD) after N calls.
 * - `GET /open_api/v1.3/catalog/product/get/?bc_id&catalog_id&page&page_size` lists products,
 *   each with TikTok's `audit`: `{audit_status: approved | rejected | processing, reject_info:
 *   [{reason, suggestion, affected_placement, affected_country}]}`; tests set it in `audits` by
 *   sku_id (a product without one is approved).
 */
import { ContractServer, ReceivedRequest, Reply, ThrottlePlan, startJsonServer } from "./_server"

export type TikTokServerOptions = {
  token?: string
  bcId?: string
  catalogId?: string
  maxProducts?: number
  throttle?: { after: number; times?: number; kind?: "QPS" | "QPM" | "QPD" }
  /** The clock the server's own rate counting uses (tests share a fake one with the provider). */
  now?: () => number
  existing?: string[]
}

/** TikTok's audit of one product, as /catalog/product/get/ returns it. */
export type TikTokAudit = {
  audit_status: "approved" | "rejected" | "processing"
  reject_info?: { reason: string; suggestion?: string; affected_placement?: string[]; affected_country?: string[] }[]
}

export type TikTokServer = ContractServer & {
  products: Map<string, Record<string, unknown>>
  /** sku_id -> TikTok's audit of the product (approved when absent). */
  audits: Map<string, TikTokAudit>
  /** Calls the server itself refused for going over its rate. */
  rateRefusals: () => number
}

const REQUIRED = ["sku_id", "title", "description", "availability", "image_url", "brand", "price_info", "landing_page"]
const AVAILABILITY = new Set(["IN_STOCK", "AVAILABLE_FOR_ORDER", "PREORDER", "OUT_OF_STOCK", "DISCONTINUED"])

/**
 * The most products (or sku_ids) one upload or delete call carries before TikTok refuses it with
 * code 40002; the provider's `maxBatchSize` must stay within it.
 */
export const TIKTOK_MAX_PRODUCTS_PER_CALL = 500

let requestSeq = 0
const answer = (code: number, message: string, data: unknown = {}): Reply => ({
  status: 200,
  body: { code, message, request_id: `req_${++requestSeq}`, data },
})

const THROTTLE_MESSAGES = {
  QPS: "Too many requests. QPS limit of this API exceeded, please retry in the next second.",
  QPM: "Too many requests. QPM limit of this API exceeded, please retry later.",
  QPD: "Too many requests. QPD limit of this API exceeded, please retry tomorrow.",
}

export async function startTikTokServer(options: TikTokServerOptions = {}): Promise<TikTokServer> {
  const token = options.token ?? "tiktok-token"
  const bcId = options.bcId ?? "bc_1"
  const catalogId = options.catalogId ?? "cat_1"
  const maxProducts = options.maxProducts ?? TIKTOK_MAX_PRODUCTS_PER_CALL
  const now = options.now ?? Date.now
  const products = new Map<string, Record<string, unknown>>()
  for (const id of options.existing ?? []) products.set(id, { sku_id: id })
  const audits = new Map<string, TikTokAudit>()
  const throttle = new ThrottlePlan(options.throttle ?? null)
  const stamps: Record<string, number[]> = { upload: [], delete: [] }
  let refusals = 0

  /** TikTok's own limits: upload 5/s and 300/min, delete 2/s. */
  function overRate(kind: "upload" | "delete"): keyof typeof THROTTLE_MESSAGES | null {
    const t = now()
    const list = stamps[kind]
    const inSecond = list.filter((s) => s > t - 1000).length
    const inMinute = list.filter((s) => s > t - 60_000).length
    const perSecond = kind === "upload" ? 5 : 2
    if (inSecond >= perSecond) return "QPS"
    if (kind === "upload" && inMinute >= 300) return "QPM"
    list.push(t)
    return null
  }

  const handler = (req: ReceivedRequest): Reply => {
    if (req.headers["access-token"] !== token) return answer(40105, "Access token is incorrect or has been revoked.")
    if (throttle.hit()) {
      return answer(40100, THROTTLE_MESSAGES[options.throttle?.kind ?? "QPS"])
    }
    const path = req.path.replace(/^\/open_api\/v1\.3/, "")
    const ids =
      req.method === "GET" ? { bc_id: req.query.get("bc_id"), catalog_id: req.query.get("catalog_id") } : req.body ?? {}
    if (ids.bc_id !== bcId || ids.catalog_id !== catalogId) return answer(40002, "bc_id or catalog_id is invalid")

    if (req.method === "POST" && path === "/catalog/product/upload/") {
      const list: any[] = req.body?.products
      if (!Array.isArray(list) || !list.length || list.length > maxProducts) {
        return answer(40002, `products: the number of products must be between 1 and ${maxProducts}`)
      }
      for (const p of list) {
        const refuse = (what: string) => answer(40002, `products[${p.sku_id}].${what}`)
        for (const field of REQUIRED) {
          if (p[field] == null || p[field] === "") return refuse(`${field}: required field missing`)
        }
        if (typeof p.price_info.price !== "number" || p.price_info.price <= 0) {
          return refuse("price_info.price: must be a positive number")
        }
        if (!p.landing_page.landing_page_url) return refuse("landing_page.landing_page_url: required field missing")
        if (!AVAILABILITY.has(p.availability)) return refuse(`availability: invalid enum value ${p.availability}`)
      }
      const over = overRate("upload")
      if (over) {
        refusals++
        return answer(40100, THROTTLE_MESSAGES[over])
      }
      for (const p of list) products.set(String(p.sku_id), p)
      return answer(0, "OK", { feed_log_id: `log_${requestSeq}` })
    }

    if (req.method === "POST" && path === "/catalog/product/delete/") {
      const skuIds: any[] = req.body?.sku_ids
      if (!Array.isArray(skuIds) || !skuIds.length || skuIds.length > maxProducts) {
        return answer(40002, "sku_ids: invalid length")
      }
      const over = overRate("delete")
      if (over) {
        refusals++
        return answer(40100, THROTTLE_MESSAGES[over])
      }
      for (const id of skuIds) products.delete(String(id))
      return answer(0, "OK", {})
    }

    if (req.method === "GET" && path === "/catalog/product/get/") {
      const page = Math.max(1, Number(req.query.get("page") ?? 1))
      const pageSize = Math.min(Number(req.query.get("page_size") ?? 20), 1000)
      const ids = [...products.keys()].sort()
      const list = ids.slice((page - 1) * pageSize, page * pageSize).map((id) => {
        const audit = audits.get(id) ?? { audit_status: "approved" }
        const p = products.get(id) ?? {}
        return {
          sku_id: id,
          item_group_id: p.item_group_id,
          title: p.title,
          availability: p.availability,
          audit: audit.audit_status === "rejected" ? { reject_info: [], ...audit } : { audit_status: audit.audit_status },
          active_status: "ACTIVATED",
          ad_creation_eligible: audit.audit_status === "approved" ? "AVAILABLE" : "NOT_AVAILABLE",
        }
      })
      return answer(0, "OK", {
        list,
        page_info: { page, page_size: pageSize, total_number: ids.length, total_page: Math.ceil(ids.length / pageSize) },
      })
    }
    return answer(40002, `unknown path ${req.path}`)
  }

  const server = await startJsonServer(handler)
  return { ...server, url: `${server.url}/open_api/v1.3`, products, audits, rateRefusals: () => refusals }
}
