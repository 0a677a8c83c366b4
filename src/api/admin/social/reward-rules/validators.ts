import { z } from "@medusajs/framework/zod"
import { ruleFields } from "../../../../modules/social-reward/lib/rule"
import { listParams } from "../../../utils/list-query"

export const AdminCreateRewardRule = z
  .object({
    name: ruleFields.name,
    description: ruleFields.description,
    status: ruleFields.status.default("draft"),
    trigger: ruleFields.trigger,
    trigger_config: ruleFields.trigger_config.default({}),
    reward: ruleFields.reward,
    caps: ruleFields.caps.default({ period: "month", max_count: null, max_value: null, budget: null }),
    min_order_value: ruleFields.min_order_value.default(null),
    hold_hours: ruleFields.hold_hours.default(0),
  })
  .strict()

/** A change: the fields given replace the rule's; the result must still be a valid rule. */
export const AdminUpdateRewardRule = z
  .object({
    name: ruleFields.name,
    description: ruleFields.description,
    status: ruleFields.status,
    trigger: ruleFields.trigger,
    trigger_config: ruleFields.trigger_config,
    reward: ruleFields.reward,
    caps: ruleFields.caps,
    min_order_value: ruleFields.min_order_value,
    hold_hours: ruleFields.hold_hours,
  })
  .partial()
  .strict()

export const AdminListRewardRules = z
  .object({
    status: z.enum(["draft", "active", "paused"]).optional(),
    trigger: ruleFields.trigger.optional(),
    ...listParams({ limit: 20, maxLimit: 100 }),
  })
  .strict()

/** The fields of `GET /admin/social/reward-rules` (Medusa's query config). */
export const rewardRuleFields = [
  "id",
  "name",
  "description",
  "status",
  "version",
  "trigger",
  "trigger_config",
  "reward",
  "caps",
  "min_order_value",
  "hold_hours",
  "created_at",
  "updated_at",
]
export const listRewardRulesConfig = { defaults: rewardRuleFields, allowed: rewardRuleFields }

export const AdminSimulateRewardRule = z
  .object({ days: z.number().int().min(1).max(365).default(30) })
  .strict()

export type AdminCreateRewardRuleType = z.infer<typeof AdminCreateRewardRule>
export type AdminUpdateRewardRuleType = z.infer<typeof AdminUpdateRewardRule>
export type AdminListRewardRulesType = z.infer<typeof AdminListRewardRules>
