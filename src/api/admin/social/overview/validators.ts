import { z } from "@medusajs/framework/zod"
import { ATTRIBUTION_MODELS, DEFAULT_MODEL } from "../../../../modules/social-attribution/lib/vocabulary"
import { reportDate, reportRange } from "../../../utils/date-range"

const DAY = 24 * 60 * 60 * 1000

/**
 * The overview's range: `from` inclusive, `to` exclusive (a bare date is midnight UTC); by default
 * the 30 days up to the end of today. At most 366 days: the previous period doubles what is read.
 */
export const AdminSocialOverviewQuery = z
  .object({
    from: reportDate.optional(),
    to: reportDate.optional(),
    currency_code: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "must be an ISO 4217 code")
      .transform((v) => v.toLowerCase())
      .optional(),
    model: z.enum(ATTRIBUTION_MODELS, { error: `must be one of ${ATTRIBUTION_MODELS.join(", ")}` }).default(DEFAULT_MODEL),
  })
  .strict()
  .transform((q, ctx) => ({
    ...q,
    ...reportRange(q, ctx, { to: () => new Date(Date.parse(new Date().toISOString().slice(0, 10)) + DAY), days: 30 }),
  }))

export type AdminSocialOverviewQueryType = z.output<typeof AdminSocialOverviewQuery>
