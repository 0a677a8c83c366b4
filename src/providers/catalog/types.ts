/**
 * The interface every catalog destination (Meta, Google, Pinterest, TikTok) implements. The sync
 * workflow knows only this: batch sizes, quotas and each platform's answers stay in the provider.
 */

/** One item as the platform's API takes it, already validated and mapped by the feed formatter. */
export type CatalogItem = {
  /** The item id on the platform: the variant's stable id (equal to what pixels send). */
  id: string
  /** Platform-shaped fields (the provider's mapper turns the snapshot payload into these). */
  payload: Record<string, unknown>
}

export type CatalogOperation = { method: "upsert"; item: CatalogItem } | { method: "delete"; id: string }

export type Market = { country: string; language: string; currency_code: string }

export type ProviderCredentials = Record<string, string>

/** What the platform said about one item: accepted, refused with its messages, or still pending. */
export type ItemResult = {
  id: string
  status: "ok" | "error" | "pending"
  errors?: { code: string; message: string }[]
  warnings?: { code: string; message: string }[]
}

/** A submitted batch: the handle to poll for asynchronous per-item results. */
export type SubmittedBatch = {
  handle: string | null
  /** Results known at once (synchronous platforms), the rest come from pollResults. */
  results: ItemResult[]
}

/** Raised when the platform says "too many requests"; retryAfterMs is what it asked for. */
export class ThrottledError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
    readonly scope: "second" | "minute" | "hour" | "day" | "unknown" = "unknown"
  ) {
    super(message)
  }
}

export interface CatalogProvider {
  readonly destination: "meta" | "google" | "pinterest" | "tiktok"
  /** The most operations one call may carry. */
  readonly maxBatchSize: number
  submit(ops: CatalogOperation[], market: Market, credentials: ProviderCredentials): Promise<SubmittedBatch>
  /** Null while the platform is still working on the batch. */
  pollResults(handle: string, credentials: ProviderCredentials): Promise<ItemResult[] | null>
  /** Every item id the platform holds for this market, page by page, for reconciliation. */
  listRemoteIds(market: Market, credentials: ProviderCredentials): AsyncIterable<string[]>
}
