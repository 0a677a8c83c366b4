import { z } from "@medusajs/framework/zod"
import { nullableTimestamp, offsetPage, timestamp } from "../../../openapi/common"
import { REVIEW_REQUEST_STATUSES } from "./validators"

export const AdminReviewRequest = z
  .object({
    id: z.string(),
    order_id: z.string(),
    customer_id: z.string().nullable(),
    email: z.string().nullable(),
    country_code: z.string().nullable(),
    status: z.enum(REVIEW_REQUEST_STATUSES),
    skip_reason: z.string().nullable(),
    shipped_at: nullableTimestamp,
    delivered_at: nullableTimestamp,
    due_at: timestamp,
    sent_at: nullableTimestamp,
    reminder_due_at: nullableTimestamp,
    reminded_at: nullableTimestamp,
    created_at: timestamp,
    items: z.array(
      z
        .object({
          id: z.string(),
          product_id: z.string(),
          title: z.string(),
          status: z.enum(["pending", "reviewed", "excluded"]),
          review_id: z.string().nullable(),
          reviewed_at: nullableTimestamp,
        })
        .strict()
    ),
  })
  .strict()

export const AdminReviewRequestStats = z
  .object({
    scheduled: z.number().int(),
    sent: z.number().int(),
    reminded: z.number().int(),
    reviewed: z.number().int().meta({ description: "requests sent that brought at least one review" }),
    unsubscribed: z.number().int(),
    skipped: z.number().int(),
    conversion_rate: z.number().nullable().meta({ description: "reviewed / sent, 0 to 1; null before any was sent" }),
  })
  .strict()

export const AdminListReviewRequestsResponse = z
  .object({ review_requests: z.array(AdminReviewRequest), ...offsetPage, stats: AdminReviewRequestStats })
  .strict()

export const AdminReviewRequestSettings = z
  .object({
    enabled: z.boolean(),
    delay_days: z.number().int(),
    after_delivery_days: z.number().int(),
    country_delays: z.record(z.string(), z.number().int()),
    reminder_days: z.number().int().nullable(),
  })
  .strict()

export const AdminReviewRequestSettingsResponse = z.object({ settings: AdminReviewRequestSettings }).strict()
