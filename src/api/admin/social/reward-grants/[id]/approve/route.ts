import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveRewardGrantWorkflow } from "../../../../../../workflows/social-reward/workflows/approve-reward-grant"
import { releaseDueRewardGrants } from "../../../../../../workflows/social-reward/release-due-grants"
import { SOCIAL_REWARD_MODULE } from "../../../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../../../modules/social-reward/service"
import { presentGrantForAdmin } from "../../route"

/** Approves a grant waiting for review; one whose hold is already over is issued at once. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await approveRewardGrantWorkflow(req.scope).run({ input: { grant_id: req.params.id } })
  if (new Date(result.hold_until).getTime() <= Date.now()) {
    await releaseDueRewardGrants(req.scope, [result.id])
  }
  const grant = await req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE).retrieveRewardGrant(req.params.id)
  res.json({ reward_grant: presentGrantForAdmin(grant) })
}
