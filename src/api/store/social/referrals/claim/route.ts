import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_REWARD_MODULE } from "../../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../../modules/social-reward/service"
import { claimReferralWorkflow } from "../../../../../workflows/social-reward/workflows/claim-referral"
import { requestIpUaHash } from "../client"

/**
 * A friend claims a referral code (from the link or typed at checkout). Both sides are rewarded
 * on the friend's first order; a claim with self-referral signals waits for review (the answer
 * says "pending" either way, so a fraudster learns nothing from it).
 */
export async function POST(req: AuthenticatedMedusaRequest<{ code: string }>, res: MedusaResponse) {
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const { result } = await claimReferralWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, code: req.validatedBody.code, ip_ua_hash: requestIpUaHash(req, service) },
  })
  res.status(201).json({ referral: { id: result.id, code: result.code, status: "pending" } })
}
