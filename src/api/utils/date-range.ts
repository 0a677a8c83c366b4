import { z } from "@medusajs/framework/zod"

const DAY = 24 * 60 * 60 * 1000

/** A date (YYYY-MM-DD, midnight UTC) or an ISO 8601 date-time, as a report's range takes it. */
export const reportDate = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v)), "must be a date (YYYY-MM-DD) or an ISO 8601 date-time")

/**
 * A report's `[from, to)` range: `to` by default `defaultTo`, `from` by default `days` before it;
 * at most 366 days, so a report stays a bounded grouped query. Issues name the field.
 */
export function reportRange(q: { from?: string; to?: string }, ctx: z.RefinementCtx, defaults: { to: () => Date; days: number }) {
  const to = q.to ? new Date(q.to) : defaults.to()
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - defaults.days * DAY)
  if (from >= to) {
    ctx.addIssue({ code: "custom", path: ["from"], message: "must be before to" })
  } else if (to.getTime() - from.getTime() > 366 * DAY) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "must be at most 366 days after from" })
  }
  return { from, to }
}
