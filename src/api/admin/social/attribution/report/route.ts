import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../../../modules/social-attribution/service"
import type { AdminAttributionReportQueryType } from "../validators"

/**
 * GET /admin/social/attribution/report: orders, revenue, AOV and share of the total per network,
 * campaign, product or share link under one model, with a daily series. One currency per report
 * (the busiest in the range unless `currency_code` says).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req as unknown as { validatedQuery: AdminAttributionReportQueryType }).validatedQuery
  const report = await req.scope
    .resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
    .report({ from: q.from, to: q.to, group_by: q.group_by, currency_code: q.currency_code, model: q.model })
  res.json({ report })
}
