import { model } from "@medusajs/framework/utils"

/**
 * The store's review-request settings (one row, id `default`), edited on the admin's Social page.
 * A missing row means the defaults of `lib/schedule.ts`.
 */
export const ReviewRequestSettings = model.define("review_request_settings", {
  id: model.text().primaryKey(),
  enabled: model.boolean().default(false),
  delay_days: model.number().default(7),
  after_delivery_days: model.number().default(0),
  /** Days after shipment per shipping country, e.g. `{ "us": 5, "au": 14 }`. */
  country_delays: model.json().nullable(),
  /** Days after the request before the one reminder; null: no reminder. */
  reminder_days: model.number().nullable(),
})
