import { z } from "@medusajs/framework/zod"

export const REVIEW_REQUEST_STATUSES = ["scheduled", "sent", "reminded", "reviewed", "unsubscribed", "skipped"] as const

export const AdminListReviewRequestsQuery = z
  .object({
    status: z.enum(REVIEW_REQUEST_STATUSES, { error: `must be one of ${REVIEW_REQUEST_STATUSES.join(", ")}` }).optional(),
    order_id: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

const days = (max: number) => z.number({ error: "must be a whole number of days" }).int("must be a whole number of days").min(0).max(max)

export const AdminUpdateReviewRequestSettings = z
  .object({
    enabled: z.boolean({ error: "must be true or false" }).optional(),
    delay_days: days(120).optional(),
    after_delivery_days: days(60).optional(),
    country_delays: z
      .record(z.string().regex(/^[a-z]{2}$/i, "keys must be two-letter country codes"), days(120))
      .refine((r) => Object.keys(r).length <= 250, "at most 250 countries")
      .transform((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v])))
      .optional(),
    reminder_days: days(60).min(1).nullable().optional(),
  })
  .strict()

export type AdminListReviewRequestsQueryType = z.infer<typeof AdminListReviewRequestsQuery>
export type AdminUpdateReviewRequestSettingsType = z.infer<typeof AdminUpdateReviewRequestSettings>
