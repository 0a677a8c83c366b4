import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_REWARD_MODULE } from "../../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../../modules/social-reward/service"
import type { AdminUpdateRewardRuleType } from "../validators"
import { presentRule } from "../present"

export async function loadRule(req: AuthenticatedMedusaRequest<unknown>) {
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const [rule] = await service.listRewardRules({ id: req.params.id }, { take: 1 })
  if (!rule) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Reward rule ${req.params.id} was not found`)
  }
  return rule
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rule = await loadRule(req)
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const versions = await service.listRewardRuleVersions({ rule_id: rule.id }, { order: { version: "DESC" }, take: 50 })
  res.json({ reward_rule: presentRule(rule), versions: versions.map((v) => ({ version: v.version, definition: v.definition, created_at: v.created_at })) })
}

/** A change makes a new version; grants already made keep the version they were made with. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateRewardRuleType>, res: MedusaResponse) {
  const current = presentRule(await loadRule(req))
  const { id, version, created_at, updated_at, ...definition } = current
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  await service.updateRule(req.params.id, { ...definition, ...req.validatedBody })
  res.json({ reward_rule: presentRule(await service.retrieveRewardRule(req.params.id)) })
}

/** Deletes a rule; its grants stay in the ledger with their copy of the rule. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rule = await loadRule(req)
  await req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE).softDeleteRewardRules([rule.id])
  res.json({ id: rule.id, object: "reward_rule", deleted: true })
}
