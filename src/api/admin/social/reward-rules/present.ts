/** A rule as the admin API shows it. */
export function presentRule(r: any) {
  return {
    id: r.id,
    name: r.name,
    description: r.description ?? null,
    status: r.status,
    version: r.version,
    trigger: r.trigger,
    trigger_config: r.trigger_config ?? {},
    reward: r.reward,
    caps: r.caps,
    min_order_value: r.min_order_value == null ? null : Number(r.min_order_value),
    hold_hours: r.hold_hours,
    created_at: r.created_at,
    updated_at: r.updated_at,
  }
}
