/** The catalog admin API's shapes (src/api/admin/social/channels). */

export type Rule = { collection_ids?: string[]; category_ids?: string[]; tags?: string[]; type_ids?: string[] }

export type CustomLabel = { from: "tag_prefix"; prefix: string } | { from: "collection" } | { from: "type" } | { from: "metadata"; key: string } | null

export type FieldMapping = {
  brand?: string
  brand_metadata_key?: string
  gtin_from?: string[]
  mpn_from?: string | null
  category_map?: Record<string, string>
  custom_labels?: CustomLabel[]
  condition?: string
}

export type Channel = {
  id: string
  name: string
  destination: string
  mode: string
  enabled: boolean
  sales_channel_id: string | null
  region_id: string | null
  currency_code: string
  language: string
  country: string
  prices_include_tax: boolean
  filters: { include?: Rule; exclude?: Rule } | null
  field_mapping: FieldMapping | null
  feed_format: string
  credentials_set: Record<string, boolean>
  feed_url: string
  feed_url_gz: string
  feed: { item_count?: number; built_at?: string } | null
  feed_status: string | null
  feed_error: string | null
  last_full_sync_at: string | null
  item_counts?: Record<string, number>
}

export type Destination = {
  destination: string
  feed_formats: string[]
  credential_keys: string[]
  /** Ways to sign in: one of these sets of credentials is needed for a push. */
  sign_in?: string[][]
}

export type Issue = { code: string; field: string; message: string }

export type Preview = {
  create: number
  update: number
  delete: number
  unchanged: number
  invalid: number
  variants: number
  invalid_samples: { variant_id: string; product_id: string; errors: Issue[] }[]
  samples: { variant_id: string; change: "create" | "update" }[]
}

export type Run = {
  id: string
  kind: "full" | "delta"
  status: "queued" | "running" | "succeeded" | "failed"
  stage: string | null
  total: number
  done: number
  results: Record<string, unknown> | null
  error: string | null
  started_at: string | null
  finished_at: string | null
  created_at: string
}

export type Item = {
  id: string
  variant_id: string
  product_id: string
  title: string | null
  status: string
  error_code: string | null
  errors: Issue[] | null
  warnings: Issue[] | null
  attempts: number
  sent_at: string | null
  to_delete: boolean
}
