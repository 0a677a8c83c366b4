/**
 * TikTok catalog provider, on the TikTok API for Business (v1.3): products are sent with
 * `POST /catalog/product/upload/` (creates, or replaces by sku_id), removed with
 * `POST /catalog/product/delete/`, listed with `GET /catalog/product/get/` (numbered pages).
 * The provider paces itself within TikTok's published limits (upload 5/s and 300/min, update and
 * delete 2/s) and reads its throttle answer, HTTP 200 with code 40100. Results are synchronous: a
 * call answered with code 0 accepted its products.
 *
 * Credentials: `bc_id` (Business Center), `catalog_id`, `access_token` (sent as Access-Token).
 */
import type {
  CatalogOperation,
  CatalogProvider,
  ItemResult,
  Market,
  ProviderCredentials,
  SubmittedBatch,
} from "../types"
import { ThrottledError } from "../types"
import { PlatformError, requestJson, requireCredential } from "../lib/http"
import { HttpCatalogProvider, type HttpProviderOptions } from "../lib/http-provider"
import { Clock, SlidingWindowLimiter, realClock } from "../lib/rate-limit"
import { TransientError, transientResult } from "../lib/retry"
import { lastPerId } from "../lib/split"
import { toTikTokProduct } from "./mapper"
import { tiktokThrottle } from "./throttle"

export type TikTokProviderOptions = HttpProviderOptions & {
  clock?: Clock
  /** Products a call. */
  maxItemsPerCall?: number
  pageSize?: number
}

export const TIKTOK_API_URL = "https://business-api.tiktok.com/open_api/v1.3"
/** Products a call: what TikTok's own WooCommerce plugin sends (pages of 100). */
export const TIKTOK_MAX_ITEMS = 100
/** TikTok's basic-tier limits for the catalog product endpoints. */
export const TIKTOK_UPLOAD_LIMITS = [
  { limit: 5, windowMs: 1_000 },
  { limit: 300, windowMs: 60_000 },
]
export const TIKTOK_DELETE_LIMITS = [{ limit: 2, windowMs: 1_000 }]
/** TikTok's "invalid parameters" code: the call was refused for what it carried. */
export const TIKTOK_INVALID_PARAMS = 40002

type UpsertOp = Extract<CatalogOperation, { method: "upsert" }>
type DeleteOp = Extract<CatalogOperation, { method: "delete" }>

export default class TikTokCatalogProvider extends HttpCatalogProvider implements CatalogProvider {
  readonly destination = "tiktok" as const
  readonly maxBatchSize: number
  static readonly credentialKeys = ["bc_id", "catalog_id", "access_token"]

  private readonly clock: Clock
  private readonly pageSize: number
  /** Shared by every submit of this instance: the limits are per app, not per call. */
  readonly uploadLimiter: SlidingWindowLimiter
  readonly deleteLimiter: SlidingWindowLimiter

  constructor(options: TikTokProviderOptions = {}) {
    super(options, TIKTOK_API_URL)
    this.clock = options.clock ?? realClock
    this.maxBatchSize = options.maxItemsPerCall ?? TIKTOK_MAX_ITEMS
    this.pageSize = options.pageSize ?? 500
    this.uploadLimiter = new SlidingWindowLimiter(TIKTOK_UPLOAD_LIMITS, this.clock)
    this.deleteLimiter = new SlidingWindowLimiter(TIKTOK_DELETE_LIMITS, this.clock)
  }

  private headers(credentials: ProviderCredentials) {
    return { "access-token": requireCredential(credentials, "access_token", "tiktok"), "content-type": "application/json" }
  }

  private ids(credentials: ProviderCredentials) {
    return {
      bc_id: requireCredential(credentials, "bc_id", "tiktok"),
      catalog_id: requireCredential(credentials, "catalog_id", "tiktok"),
    }
  }

  /** One TikTok call; code 0 accepts every product in it, another code refuses them all with its message. */
  private async call(
    path: string,
    body: Record<string, unknown>,
    ids: string[],
    credentials: ProviderCredentials
  ): Promise<ItemResult[]> {
    const res = await requestJson(this.fetch, `${this.baseUrl}${path}`, {
      method: "POST",
      headers: this.headers(credentials),
      body: JSON.stringify(body),
    })
    const throttled = tiktokThrottle(res.body, this.clock.now(), res.status)
    if (throttled) throw throttled
    const code = Number(res.body?.code)
    if (res.status === 200 && code === 0) {
      return ids.map((id) => ({ id, status: "ok" }))
    }
    // 40001 and 40100-range auth codes, or a non-200: the whole run cannot go on.
    if (res.status !== 200 || code === 40001 || code === 40105) {
      const message = `${path} answered ${res.status} code ${res.body?.code}: ${res.body?.message ?? ""}`
      throw new PlatformError("tiktok", message, res.status, String(res.body?.code ?? ""))
    }
    const errors = [{ code: `tiktok_${code}`, message: String(res.body?.message ?? "refused") }]
    return ids.map((id) => ({ id, status: "error", errors }))
  }

  /**
   * TikTok validates a whole call: one product with a bad field refuses the other 99 with it
   * (code 40002). So a refused call is split in halves and each half sent again, until the
   * refused products stand alone with TikTok's message and every good one went through.
   */
  private async uploadIsolating(chunk: UpsertOp[], credentials: ProviderCredentials): Promise<ItemResult[]> {
    await this.uploadLimiter.acquire()
    const products = chunk.map((op) => toTikTokProduct({ ...op.item.payload, id: op.item.id }))
    const ids = chunk.map((op) => op.item.id)
    const results = await this.call("/catalog/product/upload/", { ...this.ids(credentials), products }, ids, credentials)
    const refused = results[0]?.errors?.[0]?.code === `tiktok_${TIKTOK_INVALID_PARAMS}`
    if (!refused || chunk.length === 1) {
      return results
    }
    const half = Math.ceil(chunk.length / 2)
    const first = await this.uploadIsolating(chunk.slice(0, half), credentials)
    const second = await this.uploadIsolating(chunk.slice(half), credentials)
    return [...first, ...second]
  }

  async submit(ops: CatalogOperation[], _market: Market, credentials: ProviderCredentials): Promise<SubmittedBatch> {
    const latest = lastPerId(ops, (op) => (op.method === "delete" ? op.id : op.item.id))
    const upserts = latest.filter((op): op is UpsertOp => op.method === "upsert")
    const deletes = latest.filter((op): op is DeleteOp => op.method === "delete")
    const results: ItemResult[] = []
    const answered = new Set<string>()
    try {
      for (let i = 0; i < upserts.length; i += this.maxBatchSize) {
        results.push(...(await this.uploadIsolating(upserts.slice(i, i + this.maxBatchSize), credentials)))
      }
      for (let i = 0; i < deletes.length; i += this.maxBatchSize) {
        const skuIds = deletes.slice(i, i + this.maxBatchSize).map((op) => op.id)
        await this.deleteLimiter.acquire()
        const body = { ...this.ids(credentials), sku_ids: skuIds }
        results.push(...(await this.call("/catalog/product/delete/", body, skuIds, credentials)))
      }
    } catch (error) {
      if (error instanceof ThrottledError) {
        // Hand back what was already answered so it is not sent twice.
        throw new ThrottledError(error.message, error.retryAfterMs, error.scope, results)
      }
      if (error instanceof TransientError) {
        // A call failed on the way: keep what was answered, the rest waits for a short backoff.
        for (const r of results) answered.add(r.id)
        const now = this.clock.now()
        for (const op of latest) {
          const id = op.method === "delete" ? op.id : op.item.id
          if (!answered.has(id)) results.push(transientResult(op, error, now))
        }
        return { handle: null, results }
      }
      throw error
    }
    return { handle: null, results }
  }

  /** TikTok answers each call at once: there is nothing to poll. */
  async pollResults(): Promise<ItemResult[] | null> {
    return []
  }

  async *listRemoteIds(_market: Market, credentials: ProviderCredentials): AsyncIterable<string[]> {
    const { bc_id, catalog_id } = this.ids(credentials)
    for (let page = 1; ; page++) {
      const url = new URL(`${this.baseUrl}/catalog/product/get/`)
      url.searchParams.set("bc_id", bc_id)
      url.searchParams.set("catalog_id", catalog_id)
      url.searchParams.set("page", String(page))
      url.searchParams.set("page_size", String(this.pageSize))
      const res = await requestJson(this.fetch, url.toString(), { headers: this.headers(credentials) })
      const throttled = tiktokThrottle(res.body, this.clock.now(), res.status)
      if (throttled) throw throttled
      if (res.status !== 200 || Number(res.body?.code) !== 0) {
        const message = `catalog/product/get answered ${res.status} code ${res.body?.code}: ${res.body?.message ?? ""}`
        throw new PlatformError("tiktok", message, res.status)
      }
      const ids = (res.body?.data?.list ?? []).map((p: any) => String(p.sku_id))
      if (ids.length) yield ids
      const totalPages = Number(res.body?.data?.page_info?.total_page ?? 0)
      if (!ids.length || page >= totalPages) return
    }
  }
}
