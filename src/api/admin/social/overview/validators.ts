import { z } from "@medusajs/framework/zod"
import { ATTRIBUTION_MODELS, DEFAULT_MODEL } from "../../../../modules/social-attribution/lib/vocabulary"

const DAY = 24 * 60 * 60 * 1000
const date = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v)), "must be a date (YYYY-MM-DD) or an ISO 8601 date-time")

/**
 * The overview's range: `from` inclusive, `to` exclusive (a bare date is midnight UTC); by default
 * the 30 days up to the end of today. At most 366 days: the previous period doubles what is read.
 */
export const AdminSocialOverviewQuery = z
  .object({
    from: date.optional(),
    to: date.optional(),
    currency_code: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "must be an ISO 4217 code")
      .transform((v) => v.toLowerCase())
      .optional(),
    model: z.enum(ATTRIBUTION_MODELS, { error: `must be one of ${ATTRIBUTION_MODELS.join(", ")}` }).default(DEFAULT_MODEL),
  })
  .strict()
  .transform((q, ctx) => {
    const endOfToday = new Date(new Date().toISOString().slice(0, 10)).getTime() + DAY
    const to = q.to ? new Date(q.to) : new Date(endOfToday)
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY)
    if (from >= to) {
      ctx.addIssue({ code: "custom", path: ["from"], message: "must be before to" })
    } else if (to.getTime() - from.getTime() > 366 * DAY) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "must be at most 366 days after from" })
    }
    return { ...q, from, to }
  })

export type AdminSocialOverviewQueryType = z.output<typeof AdminSocialOverviewQuery>
