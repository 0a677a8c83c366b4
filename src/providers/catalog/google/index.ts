/**
 * Google Merchant API catalog provider (the Content API for Shopping is shut down in 2026). The
 * Merchant API has no batch method: one `productInputs:insert` or `productInputs.delete` per item,
 * several in parallel within a concurrency limit, and at most two updates of a product a day (the
 * third is deferred to the next UTC day and said so in its ItemResult). Results are synchronous:
 * an accepted insert may still be disapproved later, which shows on the read-only Product.
 *
 * Credentials: `merchant_id` (the account), `data_source_id` (an API primary data source), and
 * how to sign in (scope https://www.googleapis.com/auth/content), one of: `service_account_json`
 * (a service account key: JWT bearer grant), `client_id` + `client_secret` + `refresh_token`
 * (refresh grant; `token_uri` optional), or a plain `access_token` (one hour). See ./auth.ts.
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
import { ThrottledError } from "../types"
import { PlatformError, requireCredential, type JsonResponse } from "../lib/http"
import { mapPool } from "../lib/rate-limit"
import { TransientError, transientResult } from "../lib/retry"
import { OAuthCatalogProvider, type OAuthProviderOptions } from "../lib/http-provider"
import { lastPerId } from "../lib/split"
import { msUntilNextUtcMidnight, utcDay } from "../lib/time"
import { googleIssues, googleMarketKey, googleProductInputSegment, toGoogleProductInput } from "./mapper"
import { googleThrottle } from "./throttle"
import { accessRefused, googleAuth, type GoogleAuth } from "./auth"
import { GOOGLE_MAX_UPDATES_PER_DAY, GoogleUpdateLedger, InMemoryUpdateLedger } from "./update-ledger"

export type GoogleProviderOptions = OAuthProviderOptions & {
  /** Calls under way at once. */
  concurrency?: number
  /** Operations one submit takes (each is its own HTTP call). */
  maxBatchSize?: number
  ledger?: GoogleUpdateLedger
  pageSize?: number
  /** The token endpoint of the refresh grant when the channel stores no `token_uri`. */
  tokenUrl?: string
}

export const GOOGLE_MERCHANT_URL = "https://merchantapi.googleapis.com"

export default class GoogleCatalogProvider extends OAuthCatalogProvider<GoogleAuth> implements CatalogProvider {
  readonly destination = "google" as const
  readonly maxBatchSize: number
  /**
   * Google's update policy counts per product, and a Merchant Center product is one offer (one
   * variant in one language and feed label); `itemGroupId` is only an attribute, so the variants
   * of one Medusa product do not share the two updates.
   */
  readonly maxUpdatesPerItemPerDay = GOOGLE_MAX_UPDATES_PER_DAY
  static readonly credentialKeys = [
    "merchant_id",
    "data_source_id",
    "service_account_json?",
    "client_id?",
    "client_secret?",
    "refresh_token?",
    "token_uri?",
    "access_token?",
  ]
  /** Ways to sign in; one set is needed (the first one stored wins). */
  static readonly credentialSets = [["service_account_json"], ["client_id", "client_secret", "refresh_token"], ["access_token"]]

  private readonly concurrency: number
  private readonly ledger: GoogleUpdateLedger
  private readonly pageSize: number
  private readonly tokenUrl: string | undefined

  constructor(options: GoogleProviderOptions = {}) {
    super(options, GOOGLE_MERCHANT_URL)
    this.concurrency = options.concurrency ?? 8
    this.maxBatchSize = options.maxBatchSize ?? 250
    this.ledger = options.ledger ?? new InMemoryUpdateLedger()
    this.pageSize = options.pageSize ?? 250
    this.tokenUrl = options.tokenUrl
  }

  protected signInParts(c: ProviderCredentials) {
    return [c.service_account_json, c.client_id, c.client_secret, c.refresh_token, c.token_uri, c.access_token]
  }

  protected createAuth(credentials: ProviderCredentials): GoogleAuth {
    return googleAuth(credentials, { fetch: this.fetch, tokenUrl: this.tokenUrl })
  }

  private account(credentials: ProviderCredentials): string {
    return `accounts/${encodeURIComponent(requireCredential(credentials, "merchant_id", "google"))}`
  }

  private dataSource(credentials: ProviderCredentials): string {
    const account = `accounts/${requireCredential(credentials, "merchant_id", "google")}`
    return encodeURIComponent(`${account}/dataSources/${requireCredential(credentials, "data_source_id", "google")}`)
  }

  private ledgerKey(id: string, market: Market): string {
    const { contentLanguage, feedLabel } = googleMarketKey(market)
    return `${contentLanguage}~${feedLabel}~${id}`
  }

  private async send(op: CatalogOperation, market: Market, credentials: ProviderCredentials): Promise<ItemResult> {
    const now = this.now()
    if (op.method === "delete") {
      const name = encodeURIComponent(googleProductInputSegment(op.id, market))
      const account = this.account(credentials)
      const url = `${this.baseUrl}/products/v1/${account}/productInputs/${name}?dataSource=${this.dataSource(credentials)}`
      const res = await this.call(credentials, url, { method: "DELETE" })
      if (res.status === 200 || res.status === 204) return { id: op.id, status: "ok" }
      if (res.status === 404) {
        // Already gone: what a delete wants.
        return {
          id: op.id,
          status: "ok",
          warnings: [{ code: "google_not_found", message: "the product was not in Merchant Center" }],
        }
      }
      return this.itemError(op.id, res, credentials, now)
    }
    const id = op.item.id
    const key = this.ledgerKey(id, market)
    const day = utcDay(now)
    if ((await this.ledger.count(key, day)) >= GOOGLE_MAX_UPDATES_PER_DAY) {
      const retryAt = new Date(now + msUntilNextUtcMidnight(now)).toISOString()
      return {
        id,
        status: "pending",
        retryAt,
        warnings: [
          {
            code: "google_daily_update_limit",
            message:
              `not sent: Google allows ${GOOGLE_MAX_UPDATES_PER_DAY} updates of a product a day ` +
              `and this one had them today; deferred until ${retryAt}`,
          },
        ],
      }
    }
    const account = this.account(credentials)
    const url = `${this.baseUrl}/products/v1/${account}/productInputs:insert?dataSource=${this.dataSource(credentials)}`
    const res = await this.call(credentials, url, {
      method: "POST",
      body: JSON.stringify(toGoogleProductInput({ ...op.item.payload, id }, market)),
    })
    if (res.status === 200) {
      await this.ledger.record(key, day)
      return { id, status: "ok" }
    }
    return this.itemError(id, res, credentials, now)
  }

  private itemError(id: string, res: JsonResponse, credentials: ProviderCredentials, now: number): ItemResult {
    const { status, body } = res
    const throttled = googleThrottle(status, res.headers, body, now)
    if (throttled) throw throttled
    if (status === 401 || status === 403) {
      // A refused token or a missing permission fails every item the same way: the run stops
      // with what the admin has to do, and no item is marked failed for it.
      throw accessRefused(this.auth(credentials), status, body, credentials.merchant_id)
    }
    const error = body?.error ?? {}
    return {
      id,
      status: "error",
      errors: [{ code: `google_${error.status ?? status}`, message: String(error.message ?? `HTTP ${status}`) }],
    }
  }

  async submit(ops: CatalogOperation[], market: Market, credentials: ProviderCredentials): Promise<SubmittedBatch> {
    const latest = lastPerId(ops, (op) => (op.method === "delete" ? op.id : op.item.id))
    let throttle: ThrottledError | null = null
    const results = await mapPool(latest, this.concurrency, async (op) => {
      // After a quota answer, send nothing more: the rest waits for the retry.
      if (throttle) return null
      try {
        return await this.send(op, market, credentials)
      } catch (error) {
        if (error instanceof ThrottledError) {
          throttle = throttle ?? error
          return null
        }
        if (error instanceof TransientError) {
          // One call failed on the way (network, 5xx): the others stand, this one waits.
          return transientResult(op, error, this.now())
        }
        throw error
      }
    })
    const answered = results.filter((r): r is ItemResult => r !== null)
    if (throttle) {
      const t = throttle as ThrottledError
      throw new ThrottledError(t.message, t.retryAfterMs, t.scope, answered)
    }
    return { handle: null, results: answered }
  }

  /** Google answers each call at once: there is nothing to poll. */
  async pollResults(): Promise<ItemResult[] | null> {
    return []
  }

  async *listRemoteIds(market: Market, credentials: ProviderCredentials): AsyncIterable<string[]> {
    for await (const items of this.listRemoteItems(market, credentials)) {
      yield items.map((i) => i.id)
    }
  }

  /**
   * This market's products with the item-level issues of their `productStatus` (disapprovals
   * found by Google's review after the insert was accepted), from the same products.list pages.
   */
  async *listRemoteItems(market: Market, credentials: ProviderCredentials): AsyncIterable<RemoteItem[]> {
    const { contentLanguage, feedLabel } = googleMarketKey(market)
    let pageToken: string | null = null
    do {
      const url = new URL(`${this.baseUrl}/products/v1/${this.account(credentials)}/products`)
      url.searchParams.set("pageSize", String(this.pageSize))
      if (pageToken) url.searchParams.set("pageToken", pageToken)
      const res = await this.call(credentials, url.toString())
      if (res.status !== 200) {
        const throttled = googleThrottle(res.status, res.headers, res.body, this.now())
        if (throttled) throw throttled
        if (res.status === 401 || res.status === 403) throw accessRefused(this.auth(credentials), res.status, res.body, credentials.merchant_id)
        const message = `products.list answered ${res.status}: ${res.body?.error?.message ?? ""}`
        throw new PlatformError("google", message, res.status)
      }
      // One account holds every market: keep this market's products only.
      const items: RemoteItem[] = (res.body?.products ?? [])
        .filter((p: any) => p.contentLanguage === contentLanguage && p.feedLabel === feedLabel)
        .map((p: any) => ({ id: String(p.offerId), issues: googleIssues(p.productStatus) }))
      if (items.length) yield items
      pageToken = res.body?.nextPageToken || null
    } while (pageToken)
  }
}
