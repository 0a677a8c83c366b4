import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { onlySelected, pageOf } from "../../../utils/list-query"
import type { RewardRuleRow } from "../../../../modules/social-reward/types"
import { SOCIAL_REWARD_MODULE } from "../../../../modules/social-reward"
import type SocialRewardModuleService from "../../../../modules/social-reward/service"
import type { AdminCreateRewardRuleType, AdminListRewardRulesType } from "./validators"
import { presentRule } from "./present"

/** The rules, newest first by default; `status` and `trigger` filter, `fields` selects. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListRewardRulesType>, res: MedusaResponse) {
  // The module's own list (Query cannot reach this module's models: their service names differ
  // from the table names), with the select, paging and order Medusa's query config computed.
  const [data, count] = await req.scope
    .resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    .listAndCountRewardRules(req.filterableFields, { ...req.listConfig, order: req.listConfig.order ?? { created_at: "DESC" } })
  const metadata = { count, skip: req.listConfig.skip, take: req.listConfig.take }
  const rules: RewardRuleRow[] = data
  res.json({ reward_rules: rules.map((r) => onlySelected(r, presentRule(r))), ...pageOf(metadata, req.validatedQuery) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateRewardRuleType>, res: MedusaResponse) {
  const service = req.scope.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
  const rule = await service.createRule(req.validatedBody)
  res.status(201).json({ reward_rule: presentRule(await service.retrieveRewardRule(rule.id)) })
}
