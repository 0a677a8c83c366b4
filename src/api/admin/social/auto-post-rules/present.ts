type RuleRow = {
  id: string
  account_id: string
  trigger: string
  template: string
  locale: string
  currency_code: string
  mode: string
  delay_minutes: number
  cooldown_hours: number
  min_drop_percent: number
  enabled: boolean
  created_at: Date | string
  updated_at: Date | string
}

/** The admin's view of an automatic post rule. */
export function presentRule(r: RuleRow) {
  return {
    id: r.id,
    account_id: r.account_id,
    trigger: r.trigger,
    template: r.template,
    locale: r.locale,
    currency_code: r.currency_code,
    mode: r.mode,
    delay_minutes: r.delay_minutes,
    cooldown_hours: r.cooldown_hours,
    min_drop_percent: r.min_drop_percent,
    enabled: r.enabled,
    created_at: r.created_at,
    updated_at: r.updated_at,
  }
}
