import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_REWARD_MODULE } from "../../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../../modules/social-reward/service"
import { referralLink, requestIpUaHash } from "../../referrals/client"

/** The customer's referral code and link (made on first request). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const code = await service.getOrCreateReferralCode(req.auth_context.actor_id, requestIpUaHash(req, service))
  const referrals = await service.listReferrals({ referrer_customer_id: req.auth_context.actor_id }, { take: 500 })
  res.json({
    referral: {
      code: code.code,
      link: referralLink(service, code.code),
      friends_joined: referrals.filter((r) => r.status === "qualified").length,
      friends_pending: referrals.filter((r) => r.status === "claimed" || r.status === "needs_review").length,
    },
  })
}
