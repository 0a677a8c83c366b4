import { z } from "@medusajs/framework/zod"
import { deletedResponse, offsetPage, timestamp } from "../../../openapi/common"
import { triggerConfigSchema } from "../../../../modules/social-reward/lib/rule"

// The stored definition as answered (the input schemas lower-case and default; these describe
// what comes out).
const reward = z
  .object({
    type: z.string(),
    value: z.number().optional(),
    currency_code: z.string().optional(),
    expires_in_days: z.number().int(),
    cost_estimate: z.number().optional(),
  })
  .strict()
const caps = z
  .object({ period: z.string(), max_count: z.number().int().nullable(), max_value: z.number().nullable(), budget: z.number().nullable() })
  .strict()
// The same schema the rule is validated with (no transforms: what goes in comes out).
const triggerConfig = triggerConfigSchema

export const AdminRewardRule = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    status: z.string(),
    version: z.number().int(),
    trigger: z.string(),
    trigger_config: triggerConfig,
    reward,
    caps,
    min_order_value: z.number().nullable(),
    hold_hours: z.number().int(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .strict()

export const AdminRewardRuleResponse = z.object({ reward_rule: AdminRewardRule }).strict()
export const AdminRewardRuleWithVersionsResponse = z
  .object({
    reward_rule: AdminRewardRule,
    versions: z.array(z.object({ version: z.number().int(), definition: z.record(z.string(), z.unknown()), created_at: timestamp }).strict()),
  })
  .strict()
// A list answers the fields `fields` asked for (the id always).
export const AdminListRewardRulesResponse = z.object({ reward_rules: z.array(AdminRewardRule.partial().required({ id: true })), ...offsetPage }).strict()
export const AdminDeleteRewardRuleResponse = deletedResponse("reward_rule")
export const AdminSimulateRewardRuleResponse = z
  .object({
    simulation: z.looseObject({
      rule_id: z.string(),
      days: z.number().int(),
      since: timestamp,
      skipped: z.array(z.object({ source_id: z.string(), reason: z.string() }).strict()),
      missing: z.array(z.string()),
    }),
  })
  .strict()
