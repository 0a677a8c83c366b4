import { checkCaps, periodStart, round2 } from "./caps"
import { effectiveCaps, grantValue, type RuleDefinition } from "./rule"

/** One past event replayed against a rule. */
export type ReplayEvent = {
  at: Date
  customer_id: string | null
  source_type: "review" | "share_link" | "referral" | "order"
  source_id: string
  product_id?: string | null
  verified_purchase?: boolean
  order_value?: number | null
}

export type Simulation = {
  events: number
  grants: { customer_id: string; source_type: string; source_id: string; value: number; at: string }[]
  total_cost: number
  caps_hit: { customer_id: string; source_id: string; cap: string; detail: string }[]
  skipped: { source_id: string; reason: string }[]
}

/**
 * What a rule would have granted over past events, in time order, with its caps applied as the
 * ledger would (per customer per period, budget overall). Pure: writes nothing.
 */
export function simulateRule(rule: RuleDefinition, events: ReplayEvent[], startingBudgetSpent = 0): Simulation {
  const out: Simulation = { events: events.length, grants: [], total_cost: 0, caps_hit: [], skipped: [] }
  const perCustomer = new Map<string, { at: Date; value: number }[]>()
  let budget = startingBudgetSpent
  const seen = new Set<string>()
  for (const e of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (!e.customer_id) {
      out.skipped.push({ source_id: e.source_id, reason: "no customer" })
      continue
    }
    const key = `${e.source_type}:${e.source_id}:${e.customer_id}`
    if (seen.has(key)) continue
    seen.add(key)
    const cfg = rule.trigger_config ?? {}
    if (cfg.product_ids?.length && (!e.product_id || !cfg.product_ids.includes(e.product_id))) {
      out.skipped.push({ source_id: e.source_id, reason: "product not in the rule" })
      continue
    }
    if (cfg.verified_purchase_only && !e.verified_purchase) {
      out.skipped.push({ source_id: e.source_id, reason: "not a verified purchase" })
      continue
    }
    if (rule.min_order_value != null && (e.order_value ?? 0) < rule.min_order_value) {
      out.skipped.push({ source_id: e.source_id, reason: `order below ${rule.min_order_value}` })
      continue
    }
    const value = grantValue(rule, e.order_value)
    const since = periodStart(rule.caps.period, e.at)
    const mine = (perCustomer.get(e.customer_id) ?? []).filter((g) => !since || g.at >= since)
    const decision = checkCaps(
      effectiveCaps(rule),
      { customer_count: mine.length, customer_value: round2(mine.reduce((s, g) => s + g.value, 0)), budget_spent: budget },
      value
    )
    if (!decision.ok) {
      out.caps_hit.push({ customer_id: e.customer_id, source_id: e.source_id, cap: decision.cap, detail: decision.detail })
      continue
    }
    perCustomer.set(e.customer_id, [...(perCustomer.get(e.customer_id) ?? []), { at: e.at, value }])
    budget = round2(budget + value)
    out.grants.push({ customer_id: e.customer_id, source_type: e.source_type, source_id: e.source_id, value, at: e.at.toISOString() })
  }
  out.total_cost = round2(out.grants.reduce((s, g) => s + g.value, 0))
  return out
}
