import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../../../modules/social-attribution/service"
import { reportByPost } from "../post-groups"
import type { AdminAttributionReportQueryType } from "../validators"

/**
 * GET /admin/social/attribution/report: orders, revenue, AOV and share of the total per network,
 * campaign, product, share link or post of the shop's own accounts under one model, with a daily
 * series. One currency per report (the busiest in the range unless `currency_code` says).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req as unknown as { validatedQuery: AdminAttributionReportQueryType }).validatedQuery
  const { group_by, ...range } = q
  const report = await req.scope
    .resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
    .report({ from: range.from, to: range.to, group_by: group_by === "post" ? "share_link" : group_by, currency_code: range.currency_code, model: range.model })
  res.json({ report: group_by === "post" ? await reportByPost(req.scope, report) : report })
}
