import { storedRuleOf, type RewardRuleRow } from "../../../../modules/social-reward/types"

/** A rule as the admin API shows it: its definition, version and dates. */
export function presentRule(r: RewardRuleRow) {
  const { id, name, description, status, version, trigger, trigger_config, reward, caps, min_order_value, hold_hours } = storedRuleOf(r)
  return {
    id,
    name,
    description: description ?? null,
    status,
    version,
    trigger,
    trigger_config,
    reward,
    caps,
    min_order_value,
    hold_hours,
    created_at: r.created_at,
    updated_at: r.updated_at,
  }
}
