import type { InferTypeOf } from "@medusajs/framework/types"
import { jsonArrayColumn, type JsonColumn } from "../../lib/json-column"
import type { StoredRule } from "./service"
import type { RuleDefinition } from "./lib/rule"
import type { RewardRule, RewardRuleVersion } from "./models/reward-rule"
import type { RewardGrant } from "./models/reward-grant"
import type { Blocklist, Referral, ReferralCode, RiskSignal } from "./models/referral"

// The rows as the module's service returns them, inferred from the data models.
export type RewardRuleRow = InferTypeOf<typeof RewardRule>
export type RewardRuleVersionRow = InferTypeOf<typeof RewardRuleVersion>
export type RewardGrantRow = InferTypeOf<typeof RewardGrant>
export type ReferralCodeRow = InferTypeOf<typeof ReferralCode>
export type ReferralRow = InferTypeOf<typeof Referral>
export type RiskSignalRow = InferTypeOf<typeof RiskSignal>
export type BlocklistRow = InferTypeOf<typeof Blocklist>

/** The `signals` columns hold a JSON array of strings (null when there are none). */
export function signalsColumn(signals: readonly string[] | null | undefined): JsonColumn | null {
  return signals?.length ? jsonArrayColumn(signals) : null
}

/** The strings of a `signals` column ([] when empty or not an array). */
export function readSignals(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === "string") : []
}

/**
 * The rule a grant was made with, as stored in its `rule_snapshot` json column (written by the
 * service's `grant` from a validated rule).
 */
export function ruleSnapshotOf(grant: Pick<RewardGrantRow, "rule_snapshot">): StoredRule {
  return grant.rule_snapshot as StoredRule
}

/**
 * A rule row as the definition it was validated as: the json columns (trigger_config, reward,
 * caps) hold what `ruleFields` accepted, and the money column is a number.
 */
export function storedRuleOf(row: RewardRuleRow): StoredRule {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    description: row.description ?? null,
    status: row.status,
    trigger: row.trigger as RuleDefinition["trigger"],
    trigger_config: (row.trigger_config ?? {}) as RuleDefinition["trigger_config"],
    reward: row.reward as RuleDefinition["reward"],
    caps: row.caps as RuleDefinition["caps"],
    min_order_value: row.min_order_value == null ? null : Number(row.min_order_value),
    hold_hours: row.hold_hours,
  }
}
