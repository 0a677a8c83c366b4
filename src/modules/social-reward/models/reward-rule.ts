import { model } from "@medusajs/framework/utils"

/**
 * A reward rule. Every change bumps `version` and writes a RewardRuleVersion, and every grant
 * keeps a copy of the rule as it was: changing a rule never changes what was already granted.
 */
export const RewardRule = model
  .define("social_reward_rule", {
    id: model.id({ prefix: "srrule" }).primaryKey(),
    name: model.text(),
    description: model.text().nullable(),
    status: model.enum(["draft", "active", "paused"]).default("draft"),
    version: model.number().default(1),
    trigger: model.text(),
    trigger_config: model.json(),
    reward: model.json(),
    caps: model.json(),
    min_order_value: model.bigNumber().nullable(),
    hold_hours: model.number().default(0),
  })
  .indexes([{ on: ["trigger", "status"], where: "deleted_at IS NULL" }])

/** The rule as it was at each version. */
export const RewardRuleVersion = model
  .define("social_reward_rule_version", {
    id: model.id({ prefix: "srrver" }).primaryKey(),
    rule_id: model.text(),
    version: model.number(),
    definition: model.json(),
  })
  .indexes([{ on: ["rule_id", "version"], unique: true }])
