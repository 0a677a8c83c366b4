import { model } from "@medusajs/framework/utils"

/**
 * The snapshot: one row per (channel, variant), the single source of feeds and pushes.
 * `dirty` means "the platform does not have this content yet"; `to_delete` means "remove it
 * remotely" (product or variant gone, or filtered out of the channel).
 */
export const SocialCatalogItem = model
  .define("social_catalog_item", {
    id: model.id({ prefix: "scit" }).primaryKey(),
    channel_id: model.text(),
    variant_id: model.text(),
    product_id: model.text(),
    // The payload and the rendered feed row are in social_catalog_item_content (see there).
    content_hash: model.text().nullable(),
    last_sent_hash: model.text().nullable(),
    valid: model.boolean().default(true),
    /**
     * not_sent, invalid, pending, deferred, synced, error, failing, deleted. A row in a batch on
     * its way to the platform keeps its status; the batch is recorded in social_catalog_sending.
     */
    status: model.text().default("not_sent"),
    error_code: model.text().nullable(),
    errors: model.json().nullable(),
    warnings: model.json().nullable(),
    remote_id: model.text().nullable(),
    remote_status: model.text().nullable(),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime().nullable(),
    dirty: model.boolean().default(false),
    to_delete: model.boolean().default(false),
    batch_handle: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    /**
     * Updates of this item sent on `quota_day` (a UTC day, "2026-11-22"), for platforms that cap
     * updates per item and day (Google: 2). Kept on the row so the count survives restarts and is
     * the same for every worker; counted before the call is made, so a crash never under-counts.
     */
    quota_day: model.text().nullable(),
    quota_used: model.number().default(0),
    seen_run_id: model.text().nullable(),
  })
  .indexes([
    { on: ["channel_id", "variant_id"], unique: true },
    { on: ["channel_id", "id"], where: "dirty = true" },
    { on: ["channel_id", "status", "error_code"] },
    { on: ["product_id"] },
  ])
