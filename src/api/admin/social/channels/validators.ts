import { z } from "@medusajs/framework/zod"
import { credentialProblems, parseServiceAccountCredential } from "../../../../providers/catalog/credentials"
import { DESTINATIONS } from "../../../../modules/social-catalog/lib/destinations"
import { FEED_FORMATS } from "../../../../modules/social-catalog/lib/formats"
import { CHANNEL_MODES, GTIN_SOURCES, ITEM_STATUS_FILTERS, MPN_SOURCES, PRODUCT_CONDITIONS } from "../../../../modules/social-catalog/lib/vocabulary"

const id = z.string().trim().min(1).max(255)
const ids = z.array(id).max(500)
const rule = z.object({ collection_ids: ids, category_ids: ids, tags: z.array(z.string().max(255)).max(500), type_ids: ids }).partial().strict()
const secret = z.string().min(1).max(4096).nullable()
const httpUrl = z.string().url().max(2048).refine((v) => /^https?:\/\//.test(v), "must be an http(s) URL")

/**
 * A Google service account key: the JSON key file's content as text (or the same JSON as an
 * object). Checked here so a wrong paste is a 400 naming this field, not a failed sync later.
 */
const serviceAccountJson = z
  .union([z.string().min(1).max(16_384), z.record(z.string(), z.unknown())])
  .transform((value, ctx) => {
    const parsed = parseServiceAccountCredential(value)
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message })
      return z.NEVER
    }
    if (parsed.text.length > 16_384) {
      ctx.addIssue({ code: "custom", message: "is longer than a service account key file (16 KB)" })
      return z.NEVER
    }
    return parsed.text
  })
  .nullable()

/** What a destination may need; unknown names are refused so a typo is not stored silently. */
export const ChannelCredentials = z
  .object({
    catalog_id: secret,
    merchant_id: secret,
    business_id: secret,
    access_token: secret,
    api_key: secret,
    app_id: secret,
    app_secret: secret,
    // The rest of what the push providers need (CATALOG_CREDENTIAL_KEYS): Google's data source,
    // TikTok's business center, Pinterest's ad account and its all-products group (reconcile).
    data_source_id: secret,
    bc_id: secret,
    ad_account_id: secret,
    product_group_id: secret,
    // Credentials that do not expire under the merchant (docs/catalog.md, "Connecting"): a
    // Google service account key, or an OAuth client with its refresh token (Google, Pinterest).
    service_account_json: serviceAccountJson,
    client_id: secret,
    client_secret: secret,
    refresh_token: secret,
    // Google's token endpoint for the refresh grant, when it is not Google's own (a proxy, tests).
    token_uri: httpUrl.nullable(),
    // Where the provider sends its calls (a proxy, or a local contract server in tests).
    api_base_url: httpUrl.nullable(),
  })
  .partial()
  .strict()

const customLabel = z
  .discriminatedUnion("from", [
    z.object({ from: z.literal("tag_prefix"), prefix: z.string().min(1).max(50) }).strict(),
    z.object({ from: z.literal("collection") }).strict(),
    z.object({ from: z.literal("type") }).strict(),
    z.object({ from: z.literal("metadata"), key: z.string().min(1).max(100) }).strict(),
  ])
  .nullable()

export const FieldMappingSchema = z
  .object({
    brand: z.string().trim().min(1).max(70),
    brand_metadata_key: z.string().min(1).max(100),
    gtin_from: z.array(z.enum(GTIN_SOURCES)).min(1).max(3),
    mpn_from: z.enum(MPN_SOURCES).nullable(),
    category_map: z.record(z.string().max(255), z.string().min(1).max(750)),
    custom_labels: z.array(customLabel).max(5),
    condition: z.enum(PRODUCT_CONDITIONS),
  })
  .partial()
  .strict()

const base = {
  name: z.string().trim().min(1).max(120),
  destination: z.enum(DESTINATIONS, { error: `must be one of ${DESTINATIONS.join(", ")}` }),
  mode: z.enum(CHANNEL_MODES),
  enabled: z.boolean(),
  sales_channel_id: id.nullable(),
  region_id: id.nullable(),
  currency_code: z.string().regex(/^[A-Za-z]{3}$/, "must be an ISO 4217 code such as usd"),
  language: z.string().regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, "must be a language code such as en or en-US"),
  country: z.string().regex(/^[A-Za-z]{2}$/, "must be an ISO 3166 country code such as us"),
  prices_include_tax: z.boolean(),
  credentials: ChannelCredentials,
  filters: z.object({ include: rule, exclude: rule }).partial().strict().nullable(),
  field_mapping: FieldMappingSchema.nullable(),
  feed_format: z.enum(FEED_FORMATS),
}

export const AdminCreateChannel = z
  .object(base)
  .partial({ mode: true, enabled: true, sales_channel_id: true, region_id: true, prices_include_tax: true, credentials: true, filters: true, field_mapping: true, feed_format: true })
  .strict()
  .superRefine((body, ctx) => {
    // Names this destination does not take, a refresh token without its client (an update checks
    // the same against the stored names, in the workflow).
    for (const p of credentialProblems(body.destination, body.credentials ?? {})) {
      ctx.addIssue({ code: "custom", path: p.field.split("."), message: p.message })
    }
  })

export const AdminUpdateChannel = z
  .object({ ...base, rotate_feed_token: z.boolean() })
  .omit({ destination: true })
  .partial()
  .strict()

export const AdminSyncChannel = z.object({ force: z.boolean().optional() }).strict()
export const AdminPreviewChannel = z.object({}).strict()

export const AdminListItems = z
  .object({
    status: z.enum(ITEM_STATUS_FILTERS).default("all"),
    code: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    // The last item id of the previous page (its `next_cursor`); item ids start with scit_.
    cursor: z.string().regex(/^scit_[A-Za-z0-9_]+$/, "must be the next_cursor of the previous page").max(64).optional(),
  })
  .strict()

export const AdminListRuns = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    // The last run id of the previous page (its `next_cursor`); run ids start with scrun_. No
    // `offset`: runs start every 15 minutes, and an offset would shift under the reader.
    cursor: z.string().regex(/^scrun_[A-Za-z0-9_]+$/, "must be the next_cursor of the previous page").max(64).optional(),
  })
  .strict()

export type AdminCreateChannelType = z.infer<typeof AdminCreateChannel>
export type AdminUpdateChannelType = z.infer<typeof AdminUpdateChannel>
