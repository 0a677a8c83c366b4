import { model } from "@medusajs/framework/utils"

/**
 * A sync run of one channel: its progress (done / total) and results. A running run has a lease:
 * the worker that runs it (`lease_owner`) renews `lease_expires_at` while it works, and another
 * worker takes the run over once the lease has expired (the first one died). A delta asked for
 * while another run holds the channel stays `queued` and runs right after it, with the products
 * queued by then.
 */
export const SocialCatalogRun = model
  .define("social_catalog_run", {
    id: model.id({ prefix: "scrun" }).primaryKey(),
    channel_id: model.text(),
    kind: model.enum(["full", "delta"]).default("full"),
    status: model.enum(["queued", "running", "succeeded", "failed"]).default("queued"),
    stage: model.text().nullable(),
    force: model.boolean().default(false),
    total: model.number().default(0),
    done: model.number().default(0),
    results: model.json().nullable(),
    error: model.text().nullable(),
    /** The daily full run compares the platform's list with the snapshot. */
    reconcile: model.boolean().default(false),
    lease_owner: model.text().nullable(),
    lease_expires_at: model.dateTime().nullable(),
    started_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["channel_id", "created_at"] }, { on: ["status", "lease_expires_at"] }])
