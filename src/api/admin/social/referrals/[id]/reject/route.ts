import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideReferralWorkflow } from "../../../../../../workflows/social-reward/workflows/decide-referral"
import { SOCIAL_REWARD_MODULE } from "../../../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../../../modules/social-reward/service"
import { presentReferral } from "../../route"

/** Decides a referral in the review queue, with the grants waiting on it. */
export async function POST(req: AuthenticatedMedusaRequest<{ note?: string; block?: boolean }>, res: MedusaResponse) {
  await decideReferralWorkflow(req.scope).run({
    input: { referral_id: req.params.id, decision: "reject", note: req.validatedBody.note ?? null, block: !!req.validatedBody.block },
  })
  const referral = await req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE).retrieveReferral(req.params.id)
  res.json({ referral: presentReferral(referral) })
}
