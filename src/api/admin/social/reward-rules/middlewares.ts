import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { rateLimit } from "../../../utils/rate-limit"
import { validateBody } from "../../../utils/validation"
import { validateListQuery } from "../../../utils/list-query"
import { ratingConditionProblem } from "../../../../modules/social-reward/lib/rule"
import { AdminCreateRewardRule, AdminListRewardRules, AdminSimulateRewardRule, AdminUpdateRewardRule, listRewardRulesConfig } from "./validators"
import { AdminApproveRewardGrant, AdminListRewardGrants, AdminRevokeRewardGrant, listRewardGrantsConfig } from "../reward-grants/validators"
import { AdminDecideReferral, AdminListReferrals, listReferralsConfig } from "../referrals/validators"
import { AdminCreateBlocklistEntry, AdminListBlocklist, listBlocklistConfig } from "../reward-blocklist/validators"

/**
 * Runs before the schema: a rule that conditions the reward on the rating or on a positive
 * review gets the FTC reason, not a generic "unrecognized field".
 */
export function refuseRatingConditions(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = ratingConditionProblem(req.body)
  if (problem) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problem}`))
  }
  next()
}

export const adminSocialRewardMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/social/reward-rules", middlewares: [validateListQuery(AdminListRewardRules, listRewardRulesConfig)] },
  { method: ["POST"], matcher: "/admin/social/reward-rules", middlewares: [refuseRatingConditions, validateBody(AdminCreateRewardRule)] },
  { method: ["POST"], matcher: "/admin/social/reward-rules/:id", middlewares: [refuseRatingConditions, validateBody(AdminUpdateRewardRule)] },
  { method: ["POST"], matcher: "/admin/social/reward-rules/:id/simulate", middlewares: [rateLimit("report"), validateBody(AdminSimulateRewardRule)] },
  { method: ["GET"], matcher: "/admin/social/reward-grants", middlewares: [validateListQuery(AdminListRewardGrants, listRewardGrantsConfig)] },
  { method: ["POST"], matcher: "/admin/social/reward-grants/:id/approve", middlewares: [validateBody(AdminApproveRewardGrant)] },
  { method: ["POST"], matcher: "/admin/social/reward-grants/:id/revoke", middlewares: [validateBody(AdminRevokeRewardGrant)] },
  { method: ["GET"], matcher: "/admin/social/referrals", middlewares: [validateListQuery(AdminListReferrals, listReferralsConfig)] },
  { method: ["POST"], matcher: "/admin/social/referrals/:id/approve", middlewares: [validateBody(AdminDecideReferral)] },
  { method: ["POST"], matcher: "/admin/social/referrals/:id/reject", middlewares: [validateBody(AdminDecideReferral)] },
  { method: ["GET"], matcher: "/admin/social/reward-blocklist", middlewares: [validateListQuery(AdminListBlocklist, listBlocklistConfig)] },
  { method: ["POST"], matcher: "/admin/social/reward-blocklist", middlewares: [validateBody(AdminCreateBlocklistEntry)] },
]
