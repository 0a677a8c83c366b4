/**
 * The interface every catalog destination (Meta, Google, Pinterest, TikTok) implements. The sync
 * workflow knows only this: batch sizes, quotas and each platform's answers stay in the provider.
 */

/**
 * One variant as the snapshot stores it, before any platform's naming: feed formatters turn it
 * into feed rows, providers' mappers into API bodies. Money is in the currency's main unit.
 */
export type NormalizedItem = {
  /** The variant's stable id: equal to what pixels and conversion APIs send. */
  id: string
  /** The product id: every variant of a product shares it. */
  item_group_id: string
  title: string
  /** Plain text, no HTML. */
  description: string
  link: string
  image_link: string | null
  additional_image_links: string[]
  price: { amount: number; currency_code: string }
  sale_price: { amount: number; currency_code: string } | null
  /** ISO 8601 start and end of the sale, when the price list has dates. */
  sale_price_effective_date: { start: string | null; end: string | null } | null
  availability: "in_stock" | "out_of_stock" | "preorder" | "backorder"
  condition: "new" | "refurbished" | "used"
  brand: string | null
  gtin: string | null
  mpn: string | null
  google_product_category: string | null
  product_type: string | null
  color: string | null
  size: string | null
  material: string | null
  pattern: string | null
  gender: string | null
  age_group: string | null
  custom_labels: [string | null, string | null, string | null, string | null, string | null]
  quantity: number | null
}

/** One item to send: the normalized item the provider maps to its API's body. */
export type CatalogItem = { id: string; payload: NormalizedItem }

export type CatalogOperation = { method: "upsert"; item: CatalogItem } | { method: "delete"; id: string }

export type Market = { country: string; language: string; currency_code: string }

export type ProviderCredentials = Record<string, string>

/** What the platform said about one item: accepted, refused with its messages, or still pending. */
export type ItemResult = {
  id: string
  status: "ok" | "error" | "pending"
  errors?: { code: string; message: string }[]
  warnings?: { code: string; message: string }[]
  /**
   * Set when the provider did not send the item and knows when it may: a "pending" item with a
   * retryAt was deferred (a platform quota such as Google's two updates a day, or a call that
   * failed on the network while the others of the submit were answered), not lost.
   * ISO 8601. Added by the providers; optional, so older callers ignore it.
   */
  retryAt?: string
}

/**
 * What a platform's review said about an item it holds (accepted items can be reviewed later:
 * Google disapproves or demotes them on its read-only Product, Meta and TikTok reject them in
 * their review, Pinterest's feed processing refuses them). `disapproved` keeps the item out of
 * the shop; `demoted` and `warning` do not.
 */
export type RemoteIssue = {
  code: string
  message: string
  severity: "disapproved" | "demoted" | "warning"
  /** The attribute the platform names, when it names one ("imageLink"). */
  attribute?: string | null
}

/** An item the platform holds, with its review issues (none when it has no complaint). */
export type RemoteItem = {
  id: string
  issues: RemoteIssue[]
  /**
   * True when the listing gives no verdict on the item's current content: its review is still
   * under way (Meta `pending` or `outdated`, TikTok `processing`), or the platform lists only a
   * sample of the items with an issue and this one may be outside it (Pinterest). What is stored
   * for the item then stays as it is: a rejection is neither added nor cleared.
   */
  undecided?: boolean
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
    readonly scope: "second" | "minute" | "hour" | "day" | "unknown" = "unknown",
    /**
     * Results of the operations of this submit that the platform answered before it throttled
     * (platforms without a batch call, such as Google and TikTok, send one call at a time): apply
     * them, and send the rest again after retryAfterMs. Empty when nothing was answered.
     */
    readonly results: ItemResult[] = []
  ) {
    super(message)
    this.name = "ThrottledError"
  }
}

export interface CatalogProvider {
  readonly destination: "meta" | "google" | "pinterest" | "tiktok"
  /** The most operations one call may carry. */
  readonly maxBatchSize: number
  /**
   * The platform's cap on updates of one item per UTC day, when it has one (Google: 2; deletes
   * are not counted). The sync counts updates on the snapshot rows, so the count survives
   * restarts and is shared by workers, and keeps an item over the cap for the next UTC day
   * without calling the platform.
   */
  readonly maxUpdatesPerItemPerDay?: number
  /**
   * Optional: obtains the access the calls need (exchanges a service account key or a refresh
   * token) before the sync touches any row, and throws `CredentialsError` when the platform
   * refuses the credentials. The token is kept for the run's calls.
   */
  authorize?(credentials: ProviderCredentials): Promise<void>
  submit(ops: CatalogOperation[], market: Market, credentials: ProviderCredentials): Promise<SubmittedBatch>
  /**
   * Null while the platform is still working on the batch. Once it is done: the items the platform
   * reported on. An item of the batch that the answer does not mention was accepted (Meta reports
   * only the items with errors or warnings; Pinterest reports every item). Throws
   * `BatchFailedError` when the platform gave up on the batch (its items are sent again).
   */
  pollResults(handle: string, credentials: ProviderCredentials): Promise<ItemResult[] | null>
  /** Every item id the platform holds for this market, page by page, for reconciliation. */
  listRemoteIds(market: Market, credentials: ProviderCredentials): AsyncIterable<string[]>
  /**
   * The same listing with each item's review issues (Google's products.list carries each
   * product's status, Meta's and TikTok's product listings each item's review, Pinterest's feed
   * processing results the items its review refused). The daily reconcile uses it instead of
   * `listRemoteIds` when present and stores disapprovals on the items.
   */
  listRemoteItems?(market: Market, credentials: ProviderCredentials): AsyncIterable<RemoteItem[]>
}
