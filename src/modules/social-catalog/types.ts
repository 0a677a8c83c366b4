import type { NormalizedItem } from "../../providers/catalog/types"
import type { Issue } from "./lib/validate"

export type ItemStatus = "not_sent" | "invalid" | "pending" | "deferred" | "synced" | "error" | "failing" | "deleted"

/** A snapshot row as the builder writes it. */
export type SnapshotRow = {
  id: string
  channel_id: string
  variant_id: string
  product_id: string
  payload: NormalizedItem
  feed_row: string | null
  content_hash: string
  valid: boolean
  status: ItemStatus
  error_code: string | null
  errors: Issue[]
  warnings: Issue[]
  dirty: boolean
  seen_run_id: string
}

/** The part of a stored row the builder compares against. */
export type ItemRow = {
  id: string
  variant_id: string
  product_id: string
  content_hash: string | null
  last_sent_hash: string | null
  valid: boolean
  status: ItemStatus
  to_delete: boolean
  dirty?: boolean
  remote_status?: string | null
}

/** Include or exclude products by collection, category, tag or type; `metadata.social_catalog_opt_out` opts one out. */
export type ChannelFilters = {
  include?: { collection_ids?: string[]; category_ids?: string[]; tags?: string[]; type_ids?: string[] }
  exclude?: { collection_ids?: string[]; category_ids?: string[]; tags?: string[]; type_ids?: string[] }
}

/** Where brand, identifiers, category and custom labels come from. */
export type FieldMapping = {
  /** A fixed brand, or read from product metadata key `brand_metadata_key`. */
  brand?: string
  brand_metadata_key?: string
  gtin_from?: ("barcode" | "ean" | "upc")[]
  mpn_from?: "mid_code" | "sku" | null
  /** Medusa category id → Google product category (id or path). */
  category_map?: Record<string, string>
  custom_labels?: ({ from: "tag_prefix"; prefix: string } | { from: "collection" } | { from: "metadata"; key: string } | { from: "type" } | null)[]
  condition?: "new" | "refurbished" | "used"
}

/**
 * Where a change watcher stands (see models/watermark.ts): the time its last scan started, and
 * the keys of the changes near that time it already handled.
 */
export type Watermark = {
  watched_at: string
  seen: string[]
}

export type RunKind = "full" | "delta"

/** A run as the sync reads it (see models/run.ts). */
export type CatalogRun = {
  id: string
  channel_id: string
  kind: RunKind
  status: "queued" | "running" | "succeeded" | "failed"
  force: boolean
  reconcile: boolean
  lease_owner: string | null
  lease_expires_at: Date | null
  started_at: Date | null
}

/** A message on an item, as the snapshot stores it (`source`: "platform" for the platform's). */
export type ItemIssue = { code: string; field: string; message: string; source?: string }

/** One refused row with what the platform said, for `markItemsFailed`. */
export type FailedItem = {
  id: string
  attempts: number
  failing: boolean
  error_code: string
  errors: ItemIssue[]
  warnings: ItemIssue[]
  next_attempt_at: Date | null
}
