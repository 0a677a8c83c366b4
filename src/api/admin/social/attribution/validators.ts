import { z } from "@medusajs/framework/zod"
import { ADMIN_REPORT_GROUPS, ATTRIBUTION_MODELS, DEFAULT_MODEL } from "../../../../modules/social-attribution/lib/vocabulary"
import { reportDate, reportRange } from "../../../utils/date-range"

const DAY = 24 * 60 * 60 * 1000

/**
 * `from` is inclusive, `to` exclusive (a bare date means midnight UTC); by default the last 30
 * days. At most 366 days, so a report stays one bounded grouped query.
 */
export const AdminAttributionReportQuery = z
  .object({
    from: reportDate.optional(),
    to: reportDate.optional(),
    group_by: z.enum(ADMIN_REPORT_GROUPS, { error: `must be one of ${ADMIN_REPORT_GROUPS.join(", ")}` }).default("network"),
    currency_code: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "must be an ISO 4217 code")
      .transform((v) => v.toLowerCase())
      .optional(),
    model: z.enum(ATTRIBUTION_MODELS, { error: `must be one of ${ATTRIBUTION_MODELS.join(", ")}` }).default(DEFAULT_MODEL),
  })
  .strict()
  .transform((q, ctx) => ({ ...q, ...reportRange(q, ctx, { to: () => new Date(Date.now() + DAY), days: 31 }) }))

export type AdminAttributionReportQueryType = z.output<typeof AdminAttributionReportQuery>
