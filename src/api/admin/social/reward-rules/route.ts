import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { onlySelected, pageOf } from "../../../utils/list-query"
import type { RewardRuleRow } from "../../../../modules/social-reward/types"
import { SOCIAL_REWARD_MODULE } from "../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../modules/social-reward/service"
import type { AdminCreateRewardRuleType, AdminListRewardRulesType } from "./validators"
import { presentRule } from "./present"

/** The rules, newest first by default; `status` and `trigger` filter, `fields` selects. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListRewardRulesType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "social_reward_rule",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "DESC" } },
  })
  const rules: RewardRuleRow[] = data
  res.json({ reward_rules: rules.map((r) => onlySelected(r, presentRule(r))), ...pageOf(metadata, req.validatedQuery) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateRewardRuleType>, res: MedusaResponse) {
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const rule = await service.createRule(req.validatedBody)
  res.status(201).json({ reward_rule: presentRule(await service.retrieveRewardRule(rule.id)) })
}
