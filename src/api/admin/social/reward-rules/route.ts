import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_REWARD_MODULE } from "../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../modules/social-reward/service"
import type { AdminCreateRewardRuleType } from "./validators"
import { presentRule } from "./present"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, trigger, limit, offset } = req.validatedQuery as any
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (trigger) filters.trigger = trigger
  const [rules, count] = await service.listAndCountRewardRules(filters, { take: limit, skip: offset, order: { created_at: "DESC" } })
  res.json({ reward_rules: rules.map(presentRule), count, offset, limit })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateRewardRuleType>, res: MedusaResponse) {
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const rule = await service.createRule(req.validatedBody as any)
  res.status(201).json({ reward_rule: presentRule(await service.retrieveRewardRule(rule.id)) })
}
