import { FTC_REASON, grantValue, ratingConditionProblem, refundKeepsGrant, ruleProblem, type RuleDefinition } from "./rule"

const base: RuleDefinition = {
  name: "Thanks for your review",
  status: "draft",
  trigger: "review_approved",
  trigger_config: {},
  reward: { type: "percentage", value: 10, expires_in_days: 30 },
  caps: { period: "month", max_count: 3, max_value: null, budget: null },
  min_order_value: null,
  hold_hours: 0,
}

describe("ratingConditionProblem", () => {
  it.each([
    [{ trigger_config: { min_rating: 4 } }, "trigger_config.min_rating"],
    [{ conditions: [{ field: "rating", operator: "gte", value: 4 }] }, "conditions.0.field"],
    [{ trigger_config: { positive_only: true } }, "trigger_config.positive_only"],
    [{ stars: [4, 5] }, "stars"],
    [{ trigger_config: { sentiment: "good" } }, "trigger_config.sentiment"],
  ])("refuses %j naming %s with the FTC reason", (body, path) => {
    const problem = ratingConditionProblem(body)
    expect(problem).toBe(`${path}: ${FTC_REASON}`)
    expect(problem).toContain("16 CFR 465")
  })

  it("accepts a rule that rewards every approved review", () => {
    expect(ratingConditionProblem(base)).toBeNull()
  })
})

describe("ruleProblem", () => {
  it("needs thresholds for share_visitors", () => {
    expect(ruleProblem({ ...base, trigger: "share_visitors" }, { returnWindowDays: 30 })).toMatch(/^trigger_config.visitors/)
    expect(
      ruleProblem({ ...base, trigger: "share_visitors", trigger_config: { visitors: 5, within_hours: 48 } }, { returnWindowDays: 30 })
    ).toBeNull()
  })

  it("holds order rewards at least the return window", () => {
    expect(ruleProblem({ ...base, trigger: "referral_referrer", hold_hours: 24 }, { returnWindowDays: 30 })).toMatch(/^hold_hours: .*720 hours/)
    expect(ruleProblem({ ...base, trigger: "referral_referrer", hold_hours: 720 }, { returnWindowDays: 30 })).toBeNull()
  })

  it("keeps min_order_value to order triggers", () => {
    expect(ruleProblem({ ...base, min_order_value: 50 }, { returnWindowDays: 30 })).toMatch(/^min_order_value/)
  })
})

describe("grantValue", () => {
  it("counts fixed rewards at face value and percentages on the order or the estimate", () => {
    expect(grantValue({ reward: { type: "fixed", value: 5, currency_code: "eur", expires_in_days: 30 } })).toBe(5)
    expect(grantValue({ reward: { type: "percentage", value: 10, expires_in_days: 30 } }, 80)).toBe(8)
    expect(grantValue({ reward: { type: "free_shipping", expires_in_days: 30, cost_estimate: 4.9 } })).toBe(4.9)
  })
})

describe("refundKeepsGrant", () => {
  it("keeps a grant while the kept value meets the rule's minimum, revokes below it or on a full refund", () => {
    expect(refundKeepsGrant(50, 55)).toBe(true)
    expect(refundKeepsGrant("50", 50)).toBe(true)
    expect(refundKeepsGrant(50, 49.99)).toBe(false)
    expect(refundKeepsGrant(null, 0.01)).toBe(true)
    expect(refundKeepsGrant(null, 0)).toBe(false)
    expect(refundKeepsGrant(0, 0)).toBe(false)
  })
})
