/**
 * Pinterest catalog provider, on the v5 API: `POST /v5/catalogs/items/batch` (operation UPSERT or
 * DELETE, one country and one language a batch, 1 to 1,000 items), results from
 * `GET /v5/catalogs/items/batch/{batch_id}`, remote items from the pins of an all-products product
 * group `GET /v5/catalogs/product_groups/{id}/products` (bookmark pages), with the item issues of
 * the market's feed processing results for the reconcile (see ./review.ts).
 *
 * Credentials: `client_id` + `client_secret` + `refresh_token` (renewed tokens; the refresh token
 * Pinterest rotates is handed back through `onCredentialRotated`), or a plain `access_token`
 * (catalogs:read, catalogs:write; 30 days); optional `catalog_id` (accounts with several
 * catalogs), `ad_account_id` (business access), `product_group_id` (for listRemoteIds). See ./auth.ts.
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
import { PlatformError, requireCredential } from "../lib/http"
import { accessRefused, pinterestAuth, type CredentialRotation, type PinterestAuth } from "./auth"
import { HANDLE_SEPARATOR, lastPerId } from "../lib/split"
import { OAuthCatalogProvider, type OAuthProviderOptions } from "../lib/http-provider"
import { pinterestLocale, toPinterestUpsert } from "./mapper"
import { latestCompletedResult, pinterestFeedsFor, pinterestRemoteItem, pinterestReview, type PinterestReview } from "./review"
import { pinterestThrottle } from "./throttle"

export type PinterestProviderOptions = OAuthProviderOptions & {
  pageSize?: number
  /**
   * Called with the new refresh token Pinterest answers a refresh with, before it is used: the
   * caller stores it where the channel's credentials live (the sync seals it into the channel).
   */
  onCredentialRotated?: (rotation: CredentialRotation) => Promise<void>
}

export const PINTEREST_API_URL = "https://api.pinterest.com/v5"
/** Pinterest's own cap: 1 to 1,000 items a batch. */
export const PINTEREST_MAX_ITEMS = 1_000

export default class PinterestCatalogProvider extends OAuthCatalogProvider<PinterestAuth> implements CatalogProvider {
  readonly destination = "pinterest" as const
  readonly maxBatchSize = PINTEREST_MAX_ITEMS
  static readonly credentialKeys = [
    "client_id?",
    "client_secret?",
    "refresh_token?",
    "access_token?",
    "catalog_id?",
    "ad_account_id?",
    "product_group_id?",
  ]
  /** Ways to sign in; one set is needed (the first one stored wins). */
  static readonly credentialSets = [["client_id", "client_secret", "refresh_token"], ["access_token"]]

  private readonly pageSize: number
  private readonly onCredentialRotated: PinterestProviderOptions["onCredentialRotated"]

  constructor(options: PinterestProviderOptions = {}) {
    super(options, PINTEREST_API_URL)
    this.pageSize = options.pageSize ?? 100
    this.onCredentialRotated = options.onCredentialRotated
  }

  protected signInParts(c: ProviderCredentials) {
    return [c.client_id, c.client_secret, c.refresh_token, c.access_token]
  }

  protected createAuth(credentials: ProviderCredentials): PinterestAuth {
    // The token endpoint is part of the v5 API: a proxy or a contract server serves both.
    return pinterestAuth(credentials, { fetch: this.fetch, tokenUrl: `${this.baseUrl}/oauth/token`, onRotated: this.onCredentialRotated })
  }

  private query(credentials: ProviderCredentials): string {
    return credentials.ad_account_id ? `?ad_account_id=${encodeURIComponent(credentials.ad_account_id)}` : ""
  }

  private fail(credentials: ProviderCredentials, status: number, headers: Headers, body: any, what: string): never {
    const throttled = pinterestThrottle(status, headers, body, this.now())
    if (throttled) {
      throw throttled
    }
    // Still refused after one renewed token: no call of this run can succeed.
    if (status === 401) throw accessRefused(this.auth(credentials), status, body)
    const message = `${what} answered ${status}: ${body?.message ?? "no message"}`
    throw new PlatformError("pinterest", message, status, body?.code != null ? String(body.code) : null)
  }

  /**
   * One body per call: upserts and deletes go in separate batches (one operation a batch), each
   * within 1,000 items, all for the one market the caller gave (one country and language a batch).
   */
  split(ops: CatalogOperation[], market: Market): Record<string, unknown>[] {
    const locale = pinterestLocale(market)
    const latest = lastPerId(ops, (op) => (op.method === "delete" ? op.id : op.item.id))
    const upserts = latest.flatMap((op) => (op.method === "upsert" ? [toPinterestUpsert(op)] : []))
    const deletes = latest.flatMap((op) => (op.method === "delete" ? [{ item_id: op.id }] : []))
    const bodies: Record<string, unknown>[] = []
    for (const [operation, items] of [["UPSERT", upserts], ["DELETE", deletes]] as const) {
      for (let i = 0; i < items.length; i += this.maxBatchSize) {
        bodies.push({ ...locale, operation, items: items.slice(i, i + this.maxBatchSize) })
      }
    }
    return bodies
  }

  async submit(ops: CatalogOperation[], market: Market, credentials: ProviderCredentials): Promise<SubmittedBatch> {
    const ids: string[] = []
    for (const body of this.split(ops, market)) {
      if (credentials.catalog_id) {
        body.catalog_id = credentials.catalog_id
      }
      const res = await this.call(credentials, `${this.baseUrl}/catalogs/items/batch${this.query(credentials)}`, {
        method: "POST",
        body: JSON.stringify(body),
      })
      if (res.status !== 200 && res.status !== 201) {
        this.fail(credentials, res.status, res.headers, res.body, "catalogs/items/batch")
      }
      ids.push(String(res.body.batch_id))
    }
    return { handle: ids.length ? ids.join(HANDLE_SEPARATOR) : null, results: [] }
  }

  /** Every item of the batches, with Pinterest's per-item errors and warnings; null while processing. */
  async pollResults(handle: string, credentials: ProviderCredentials): Promise<ItemResult[] | null> {
    const results: ItemResult[] = []
    for (const batchId of handle.split(HANDLE_SEPARATOR).filter(Boolean)) {
      const url = `${this.baseUrl}/catalogs/items/batch/${encodeURIComponent(batchId)}${this.query(credentials)}`
      const res = await this.call(credentials, url)
      if (res.status !== 200) {
        this.fail(credentials, res.status, res.headers, res.body, "catalogs/items/batch/{id}")
      }
      if (res.body?.status === "PROCESSING" || res.body?.status === "PENDING") {
        return null
      }
      for (const item of res.body?.items ?? []) {
        const errors = (item.errors ?? []).map((e: any) => ({
          code: `pinterest_${e.code ?? "error"}${e.attribute ? `:${e.attribute}` : ""}`,
          message: String(e.message),
        }))
        const warnings = (item.warnings ?? []).map((w: any) => ({
          code: `pinterest_${w.code ?? "warning"}${w.attribute ? `:${w.attribute}` : ""}`,
          message: String(w.message),
        }))
        results.push({
          id: String(item.item_id),
          status: item.status === "SUCCESS" && !errors.length ? "ok" : "error",
          ...(errors.length ? { errors } : {}),
          ...(warnings.length ? { warnings } : {}),
        })
      }
    }
    return results
  }

  async *listRemoteIds(_market: Market, credentials: ProviderCredentials): AsyncIterable<string[]> {
    const groupId = requireCredential(credentials, "product_group_id", "pinterest")
    const path = `/catalogs/product_groups/${encodeURIComponent(groupId)}/products`
    for await (const page of this.pages(path, credentials)) {
      // Each entry is {catalog_type, metadata, pin}: the retail metadata carries the item_id.
      const ids = page
        .map((p: any) => p?.metadata?.item_id)
        .filter((id: unknown) => id != null)
        .map(String)
      if (ids.length) yield ids
    }
  }

  /**
   * The same listing with what Pinterest's latest feed processing said about each item (the
   * errors that kept it out, for the market's feeds at Pinterest). Read once before the listing:
   * the issues are a sample of at most 20 items per issue code, small whatever the catalog.
   */
  async *listRemoteItems(market: Market, credentials: ProviderCredentials): AsyncIterable<RemoteItem[]> {
    const review = await this.feedReview(market, credentials)
    for await (const ids of this.listRemoteIds(market, credentials)) {
      yield ids.map((id) => pinterestRemoteItem(id, review))
    }
  }

  /**
   * The item issues of the newest completed processing result of each of the market's feeds.
   * Null when the market has no feed at Pinterest, or none was processed yet: nothing to read.
   */
  private async feedReview(market: Market, credentials: ProviderCredentials): Promise<PinterestReview | null> {
    const feeds: any[] = []
    const catalog = credentials.catalog_id ? { catalog_id: credentials.catalog_id } : undefined
    for await (const page of this.pages("/catalogs/feeds", credentials, catalog)) feeds.push(...page)
    const records: any[] = []
    const counts: Record<string, number> = {}
    let processed = false
    let counted = true
    for (const feed of pinterestFeedsFor(feeds, market, credentials.catalog_id)) {
      // Pinterest documents only the first page of processing results as readable.
      const [results = []] = await this.firstPage(`/catalogs/feeds/${encodeURIComponent(String(feed.id))}/processing_results`, credentials)
      const latest = latestCompletedResult(results)
      if (!latest) continue
      processed = true
      const errors = latest.validation_details?.errors
      if (errors && typeof errors === "object") {
        for (const [code, n] of Object.entries(errors)) counts[code] = (counts[code] ?? 0) + (Number(n) || 0)
      } else {
        counted = false
      }
      const path = `/catalogs/processing_results/${encodeURIComponent(String(latest.id))}/item_issues`
      try {
        for await (const page of this.pages(path, credentials)) records.push(...page)
      } catch (e) {
        // 501 "not implemented at the moment" is documented for this endpoint: no verdicts to read.
        if (e instanceof PlatformError && e.status === 501) return { byItem: new Map(), complete: false }
        throw e
      }
    }
    return processed ? pinterestReview(records, counted ? counts : null) : null
  }

  private async firstPage(path: string, credentials: ProviderCredentials): Promise<any[][]> {
    for await (const page of this.pages(path, credentials)) return [page]
    return []
  }

  /** A v5 listing's pages (`{items, bookmark}`), following the bookmark. */
  private async *pages(path: string, credentials: ProviderCredentials, params: Record<string, string> = {}): AsyncIterable<any[]> {
    let bookmark: string | null = null
    do {
      const url = new URL(`${this.baseUrl}${path}`)
      url.searchParams.set("page_size", String(this.pageSize))
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v)
      if (bookmark) url.searchParams.set("bookmark", bookmark)
      if (credentials.ad_account_id) url.searchParams.set("ad_account_id", credentials.ad_account_id)
      const res = await this.call(credentials, url.toString())
      if (res.status !== 200) {
        this.fail(credentials, res.status, res.headers, res.body, path.slice(1))
      }
      yield res.body?.items ?? []
      bookmark = res.body?.bookmark || null
    } while (bookmark)
  }
}
