import { model } from "@medusajs/framework/utils"

/**
 * A catalog channel: one destination (Meta, Google, Pinterest, TikTok) for one market. Its
 * credentials are sealed (AES-256-GCM) and never leave the service; `credential_keys` says which
 * ones are set. `feed` points at the last published feed file: swapping it is the atomic publish.
 */
export const SocialCatalogChannel = model
  .define("social_catalog_channel", {
    id: model.id({ prefix: "scch" }).primaryKey(),
    name: model.text(),
    destination: model.enum(["meta", "google", "pinterest", "tiktok"]),
    mode: model.enum(["feed", "push", "both"]).default("feed"),
    enabled: model.boolean().default(true),
    sales_channel_id: model.text().nullable(),
    region_id: model.text().nullable(),
    currency_code: model.text(),
    language: model.text(),
    country: model.text(),
    /** Whether prices are sent with tax included (the product page's price in most countries). */
    prices_include_tax: model.boolean().default(false),
    credentials: model.text().nullable(),
    credential_keys: model.json().nullable(),
    filters: model.json().nullable(),
    field_mapping: model.json().nullable(),
    feed_format: model.text(),
    feed_token: model.text(),
    /** { file_key, item_count, bytes, etag, built_at } of the published feed. */
    feed: model.json().nullable(),
    feed_status: model.text().nullable(),
    feed_error: model.text().nullable(),
    last_full_sync_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["destination"] }])
