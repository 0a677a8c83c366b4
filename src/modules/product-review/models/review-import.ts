import { model } from "@medusajs/framework/utils"

/**
 * One import of a reviews CSV: the file (kept private in the File module), its format, and the
 * progress the import workflow writes after each batch (shown in the admin).
 */
export const ReviewImport = model
  .define("product_review_import", {
    id: model.id({ prefix: "primp" }).primaryKey(),
    format: model.enum(["judgeme", "yotpo", "generic"]),
    filename: model.text().nullable(),
    file_id: model.text(),
    status: model.enum(["pending", "running", "completed", "failed"]).default("pending"),
    /** Imported reviews are published at once ("approved") or wait for moderation ("pending"). */
    review_status: model.enum(["pending", "approved"]).default("approved"),
    /** Hosts photos may be fetched from (exact host names). */
    photo_hosts: model.json().nullable(),
    total_rows: model.number().default(0),
    processed_rows: model.number().default(0),
    created_count: model.number().default(0),
    existing_count: model.number().default(0),
    error_count: model.number().default(0),
    photo_count: model.number().default(0),
    /** The first errors, `{ row, field, message }` (row 1 is the first line after the header). */
    errors: model.json().nullable(),
    started_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["created_at"] }])
