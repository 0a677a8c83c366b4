import { model } from "@medusajs/framework/utils"

/**
 * The outbox of purchase events for the ad platforms: one row per destination and event id (the
 * order id, which the platforms deduplicate on), so an event is queued once however often the
 * order event arrives. The delivery job sends due rows and backs off on failure.
 */
export const SocialConversionEvent = model
  .define("social_conversion_event", {
    id: model.id({ prefix: "scevt" }).primaryKey(),
    destination: model.enum(["meta", "tiktok", "pinterest"]),
    event_id: model.text(),
    order_id: model.text(),
    // The platform-neutral purchase (hashed identifiers only); the provider builds its body from it.
    payload: model.json(),
    status: model.enum(["pending", "sent", "failed"]).default("pending"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime().nullable(),
    last_error: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["destination", "event_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "next_attempt_at"] },
  ])
