/**
 * Meta (Facebook and Instagram shops) catalog provider, on the Catalog Batch API:
 * `POST /{catalog_id}/items_batch` (at most 5,000 requests and 28 MB a call; we keep under 3,000),
 * results polled with `GET /{catalog_id}/check_batch_request_status?handle=`, remote items listed
 * with `GET /{catalog_id}/products` (cursor pages), with Meta's review of each for the reconcile.
 *
 * Credentials: `catalog_id`, `access_token` (a system user token with catalog_management).
 */
import type {
  CatalogOperation,
  CatalogProvider,
  ItemResult,
  Market,
  ProviderCredentials,
  RemoteItem,
  SubmittedBatch,
} from "../types"
import { HANDLE_SEPARATOR, lastPerId, splitByCountAndBytes } from "../lib/split"
import { BatchFailedError, PlatformError, requestJson, requireCredential } from "../lib/http"
import { HttpCatalogProvider, type HttpProviderOptions } from "../lib/http-provider"
import { MetaBatchRequest, toMetaRequest } from "./mapper"
import { META_REVIEW_FIELDS, metaRemoteItem } from "./review"
import { metaThrottle } from "./throttle"

export type MetaProviderOptions = HttpProviderOptions & {
  /** Items a call; Meta allows 5,000 and advises fewer. */
  maxItemsPerCall?: number
  /** Bytes a call; Meta refuses requests over 28 MB. */
  maxBytesPerCall?: number
  /** Items of a remote listing page. */
  pageSize?: number
}

export const META_GRAPH_URL = "https://graph.facebook.com/v21.0"
export const META_MAX_ITEMS = 3_000
/** 28 MB less room for the envelope around the requests. */
export const META_MAX_BYTES = 28 * 1024 * 1024 - 64 * 1024

export default class MetaCatalogProvider extends HttpCatalogProvider implements CatalogProvider {
  readonly destination = "meta" as const
  readonly maxBatchSize: number
  static readonly credentialKeys = ["catalog_id", "access_token"]

  private readonly maxBytes: number
  private readonly pageSize: number

  constructor(options: MetaProviderOptions = {}) {
    super(options, META_GRAPH_URL)
    this.maxBatchSize = options.maxItemsPerCall ?? META_MAX_ITEMS
    this.maxBytes = options.maxBytesPerCall ?? META_MAX_BYTES
    this.pageSize = options.pageSize ?? 500
  }

  private headers(credentials: ProviderCredentials): Record<string, string> {
    return {
      authorization: `Bearer ${requireCredential(credentials, "access_token", "meta")}`,
      "content-type": "application/json",
    }
  }

  private fail(status: number, headers: Headers, body: any, what: string): never {
    const throttled = metaThrottle(status, headers, body)
    if (throttled) {
      throw throttled
    }
    const error = body?.error ?? {}
    const message = `${what} answered ${status}: ${error.message ?? "no message"}`
    throw new PlatformError("meta", message, status, error.code != null ? String(error.code) : null)
  }

  /** Splits into calls within 3,000 items and 28 MB, one entry per item (the last change wins). */
  split(ops: CatalogOperation[]): MetaBatchRequest[][] {
    const requests = lastPerId(ops, (op) => (op.method === "delete" ? op.id : op.item.id)).map((op) => toMetaRequest(op))
    // +1 for the comma between requests in the JSON array.
    return splitByCountAndBytes(requests, this.maxBatchSize, this.maxBytes, (r) => Buffer.byteLength(JSON.stringify(r)) + 1)
  }

  async submit(ops: CatalogOperation[], _market: Market, credentials: ProviderCredentials): Promise<SubmittedBatch> {
    const catalogId = requireCredential(credentials, "catalog_id", "meta")
    const handles: string[] = []
    const results: ItemResult[] = []
    for (const requests of this.split(ops)) {
      const url = `${this.baseUrl}/${encodeURIComponent(catalogId)}/items_batch`
      const { status, headers, body } = await requestJson(this.fetch, url, {
        method: "POST",
        headers: this.headers(credentials),
        body: JSON.stringify({ item_type: "PRODUCT_ITEM", allow_upsert: true, requests }),
      })
      if (status !== 200) {
        this.fail(status, headers, body, "items_batch")
      }
      handles.push(...(body?.handles ?? []))
      // Requests Meta refused before queueing come back at once in validation_status.
      for (const v of body?.validation_status ?? []) {
        if (v?.errors?.length) {
          results.push({
            id: String(v.retailer_id),
            status: "error",
            errors: v.errors.map((e: { message?: unknown; error_code?: unknown }) => ({
              code: e.error_code != null ? `meta_${e.error_code}` : "meta_validation",
              message: String(e.message),
            })),
            warnings: (v.warnings ?? []).map((w: { message?: unknown }) => ({ code: "meta_warning", message: String(w.message) })),
          })
        }
      }
    }
    return { handle: handles.length ? handles.join(HANDLE_SEPARATOR) : null, results }
  }

  /**
   * Meta lists only the items that failed or carry warnings; a finished batch accepted every other
   * item of it. `errors` is a sample (Meta says it "does not include all errors"), so every retailer
   * id in `ids_of_invalid_requests` is marked failed too. Null while any handle is still scheduled,
   * dispatched or started. A batch that ended "error" or "canceled" may have applied only some of
   * its requests: that is a BatchFailedError (a PlatformError, code meta_batch_error), and its
   * items must be sent again.
   */
  async pollResults(handle: string, credentials: ProviderCredentials): Promise<ItemResult[] | null> {
    const catalogId = requireCredential(credentials, "catalog_id", "meta")
    const byId = new Map<string, ItemResult>()
    const resultFor = (id: string) => {
      let r = byId.get(id)
      if (!r) {
        r = { id, status: "ok" }
        byId.set(id, r)
      }
      return r
    }
    // Every handle is asked each time, so that batches of one submit finish together.
    let unfinished = false
    for (const h of handle.split(HANDLE_SEPARATOR).filter(Boolean)) {
      const url =
        `${this.baseUrl}/${encodeURIComponent(catalogId)}/check_batch_request_status` +
        `?handle=${encodeURIComponent(h)}&load_ids_of_invalid_requests=true`
      const { status, headers, body } = await requestJson(this.fetch, url, { headers: this.headers(credentials) })
      if (status !== 200) {
        this.fail(status, headers, body, "check_batch_request_status")
      }
      const state = body?.data?.[0]
      const batchStatus = String(state?.status ?? "").toLowerCase()
      if (batchStatus === "error" || batchStatus === "canceled" || batchStatus === "cancelled") {
        const message = `batch ${h} ended "${batchStatus}": some of its items may not have been applied; send them again`
        throw new BatchFailedError("meta", message, "meta_batch_error")
      }
      if (batchStatus !== "finished") {
        unfinished = true
        continue
      }
      for (const e of state.errors ?? []) {
        const r = resultFor(String(e.id ?? `line:${e.line}`))
        r.status = "error"
        const code = e.error_code != null ? `meta_${e.error_code}` : "meta_error"
        r.errors = [...(r.errors ?? []), { code, message: String(e.message) }]
      }
      for (const id of state.ids_of_invalid_requests ?? []) {
        const r = resultFor(String(id))
        if (r.status !== "error") {
          r.status = "error"
          const total = state.errors_total_count ?? "some"
          r.errors = [
            {
              code: "meta_invalid_request",
              message: `Meta refused this item (${total} errors in the batch; its message was not in Meta's sample)`,
            },
          ]
        }
      }
      for (const w of state.warnings ?? []) {
        const r = resultFor(String(w.id ?? `line:${w.line}`))
        r.warnings = [...(r.warnings ?? []), { code: "meta_warning", message: String(w.message) }]
      }
    }
    return unfinished ? null : [...byId.values()]
  }

  async *listRemoteIds(_market: Market, credentials: ProviderCredentials): AsyncIterable<string[]> {
    for await (const products of this.listProducts(["retailer_id"], credentials)) {
      yield products.map((p) => String(p.retailer_id))
    }
  }

  /**
   * The catalog's items with Meta's review of each (`review_status`, its rejection reasons and
   * the item's errors), from the same products pages as the id listing: a rejection found after
   * the batch accepted the item becomes its error.
   */
  async *listRemoteItems(_market: Market, credentials: ProviderCredentials): AsyncIterable<RemoteItem[]> {
    for await (const products of this.listProducts(META_REVIEW_FIELDS, credentials)) {
      yield products.map(metaRemoteItem)
    }
  }

  /** The catalog's products edge, cursor page by cursor page, with the fields asked for. */
  private async *listProducts(fields: string[], credentials: ProviderCredentials): AsyncIterable<any[]> {
    const catalogId = requireCredential(credentials, "catalog_id", "meta")
    let after: string | null = null
    do {
      const url = new URL(`${this.baseUrl}/${encodeURIComponent(catalogId)}/products`)
      url.searchParams.set("fields", fields.join(","))
      url.searchParams.set("limit", String(this.pageSize))
      if (after) {
        url.searchParams.set("after", after)
      }
      const { status, headers, body } = await requestJson(this.fetch, url.toString(), { headers: this.headers(credentials) })
      if (status !== 200) {
        this.fail(status, headers, body, "products")
      }
      const products = body?.data ?? []
      if (products.length) {
        yield products
      }
      // Meta gives `next` only when another page exists; the cursor alone is not enough.
      after = body?.paging?.next ? body?.paging?.cursors?.after ?? null : null
    } while (after)
  }
}
