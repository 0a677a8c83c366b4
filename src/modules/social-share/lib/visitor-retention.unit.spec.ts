import { visitorRetentionHours } from "./visitor-retention"

describe("visitorRetentionHours", () => {
  it("keeps the option's days when no rule needs longer", () => {
    expect(visitorRetentionHours(90, [])).toBe(90 * 24)
    expect(visitorRetentionHours(90, [{ trigger_config: { within_hours: 48 } }, { trigger_config: {} }])).toBe(90 * 24)
  })

  it("keeps the longest share_visitors window when it is longer than the option", () => {
    const rules = [{ trigger_config: { within_hours: 48 } }, { trigger_config: { within_hours: 24 * 120 } }, { trigger_config: null }]
    expect(visitorRetentionHours(30, rules)).toBe(24 * 120)
  })
})
