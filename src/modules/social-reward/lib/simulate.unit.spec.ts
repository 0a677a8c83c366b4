import { simulateRule } from "./simulate"
import type { RuleDefinition } from "./rule"

const rule: RuleDefinition = {
  name: "r",
  status: "draft",
  trigger: "review_approved",
  trigger_config: { verified_purchase_only: true },
  reward: { type: "fixed", value: 5, currency_code: "eur", expires_in_days: 30 },
  caps: { period: "month", max_count: 2, max_value: null, budget: 12 },
  min_order_value: null,
  hold_hours: 0,
}

it("replays events in order with caps and the budget", () => {
  const at = (d: number) => new Date(Date.UTC(2026, 10, d))
  const ev = (id: string, customer: string, d: number, verified = true) => ({
    at: at(d),
    customer_id: customer,
    source_type: "review" as const,
    source_id: id,
    verified_purchase: verified,
  })
  const sim = simulateRule(rule, [ev("r3", "a", 3), ev("r1", "a", 1), ev("r2", "a", 2), ev("r4", "b", 4, false), ev("r5", "b", 5), ev("r6", "c", 6)])
  expect(sim.grants.map((g) => g.source_id)).toEqual(["r1", "r2"])
  expect(sim.caps_hit).toEqual([
    expect.objectContaining({ source_id: "r3", cap: "max_count" }),
    expect.objectContaining({ source_id: "r5", cap: "budget" }),
    expect.objectContaining({ source_id: "r6", cap: "budget" }),
  ])
  expect(sim.skipped).toEqual([{ source_id: "r4", reason: "not a verified purchase" }])
  expect(sim.total_cost).toBe(10)
})
