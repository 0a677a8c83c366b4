import { model } from "@medusajs/framework/utils"
import { ReviewRequestItem } from "./review-request-item"

/**
 * One review request per order: scheduled on shipment or delivery, sent once by the job when due,
 * reminded at most once. Status moves forward only (scheduled → sent → reminded, or to reviewed,
 * unsubscribed, skipped); every move is a conditional update, so a job run twice sends nothing twice.
 */
export const ReviewRequest = model
  .define("review_request", {
    id: model.id({ prefix: "rrq" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    /** Shipping country (ISO 3166-1 alpha-2, lower case): picks the delay. */
    country_code: model.text().nullable(),
    status: model.enum(["scheduled", "sent", "reminded", "reviewed", "unsubscribed", "skipped"]).default("scheduled"),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
    due_at: model.dateTime(),
    sent_at: model.dateTime().nullable(),
    reminder_due_at: model.dateTime().nullable(),
    reminded_at: model.dateTime().nullable(),
    /** Why nothing was sent (`no_items`: every item returned, canceled or reviewed already). */
    skip_reason: model.text().nullable(),
    items: model.hasMany(() => ReviewRequestItem, { mappedBy: "request" }),
  })
  .cascades({ delete: ["items"] })
  .indexes([
    { on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "due_at"], where: "deleted_at IS NULL" },
    { on: ["status", "reminder_due_at"], where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
  ])
