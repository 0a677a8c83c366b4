import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { revokeRewardGrantsWorkflow } from "../../../../../../workflows/social-reward/workflows/revoke-reward-grants"
import { SOCIAL_REWARD_MODULE } from "../../../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../../../modules/social-reward/service"
import { presentGrantForAdmin } from "../../route"

/** Revokes a grant: an unused code is deactivated, a used one is recorded as owed. */
export async function POST(req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) {
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const [existing] = await service.listRewardGrants({ id: req.params.id }, { take: 1 })
  if (!existing) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Reward grant ${req.params.id} was not found`)
  }
  await revokeRewardGrantsWorkflow(req.scope).run({ input: { grant_ids: [req.params.id], reason: req.validatedBody.reason } })
  res.json({ reward_grant: presentGrantForAdmin(await service.retrieveRewardGrant(req.params.id)) })
}
