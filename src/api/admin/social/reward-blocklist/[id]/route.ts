import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_REWARD_MODULE } from "../../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../../modules/social-reward/service"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const [entry] = await service.listBlocklists({ id: req.params.id }, { take: 1 })
  if (!entry) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Blocklist entry ${req.params.id} was not found`)
  }
  await service.deleteBlocklists([entry.id])
  res.json({ id: entry.id, object: "reward_blocklist_entry", deleted: true })
}
