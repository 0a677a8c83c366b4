import { model } from "@medusajs/framework/utils"

/** A sync run of one channel: its progress (done / total) and results. */
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
    started_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["channel_id", "created_at"] }])
