import { model } from "@medusajs/framework/utils"
import { REPORT_REASONS } from "../lib/vocabulary"

/**
 * A shopper's abuse report on a published review, one per reporter (a customer, or a guest's
 * network and visitor keys, as helpful votes): the admin's queue on the Reviews page.
 */
export const ReviewReport = model
  .define("product_review_report", {
    id: model.id({ prefix: "prrep" }).primaryKey(),
    review_id: model.text(),
    reporter_key: model.text(),
    customer_id: model.text().nullable(),
    reason: model.enum([...REPORT_REASONS]),
    comment: model.text().nullable(),
    /** Set when an admin dealt with it ("dismissed", or the review was rejected). */
    resolved_at: model.dateTime().nullable(),
    resolution: model.text().nullable(),
  })
  .indexes([
    { on: ["review_id", "reporter_key"], unique: true },
    { on: ["resolved_at", "created_at"] },
  ])
