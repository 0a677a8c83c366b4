import { z } from "@medusajs/framework/zod"
import { ATTRIBUTION_MODELS, DEFAULT_MODEL, REPORT_GROUPS } from "../../../../modules/social-attribution/lib/vocabulary"

const DAY = 24 * 60 * 60 * 1000
const date = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v)), "must be a date (YYYY-MM-DD) or an ISO 8601 date-time")

/**
 * `from` is inclusive, `to` exclusive (a bare date means midnight UTC); by default the last 30
 * days. At most 366 days, so a report stays one bounded grouped query.
 */
export const AdminAttributionReportQuery = z
  .object({
    from: date.optional(),
    to: date.optional(),
    group_by: z.enum(REPORT_GROUPS, { error: `must be one of ${REPORT_GROUPS.join(", ")}` }).default("network"),
    currency_code: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "must be an ISO 4217 code")
      .transform((v) => v.toLowerCase())
      .optional(),
    model: z.enum(ATTRIBUTION_MODELS, { error: `must be one of ${ATTRIBUTION_MODELS.join(", ")}` }).default(DEFAULT_MODEL),
  })
  .strict()
  .transform((q, ctx) => {
    const to = q.to ? new Date(q.to) : new Date(Date.now() + DAY)
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - 31 * DAY)
    if (from >= to) {
      ctx.addIssue({ code: "custom", path: ["from"], message: "must be before to" })
    } else if (to.getTime() - from.getTime() > 366 * DAY) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "must be at most 366 days after from" })
    }
    return { ...q, from, to }
  })

export type AdminAttributionReportQueryType = z.output<typeof AdminAttributionReportQuery>
