import { checkCaps, periodStart } from "./caps"

const none = { period: "month" as const, max_count: null, max_value: null, budget: null }

describe("checkCaps", () => {
  it("passes the last grant under a count cap and refuses the next", () => {
    const caps = { ...none, max_count: 3 }
    expect(checkCaps(caps, { customer_count: 2, customer_value: 0, budget_spent: 0 }, 5)).toEqual({ ok: true })
    expect(checkCaps(caps, { customer_count: 3, customer_value: 0, budget_spent: 0 }, 5)).toMatchObject({ ok: false, cap: "max_count" })
  })

  it("allows reaching a value cap exactly, without float drift", () => {
    const caps = { ...none, max_value: 0.3 }
    expect(checkCaps(caps, { customer_count: 1, customer_value: 0.1, budget_spent: 0 }, 0.2)).toEqual({ ok: true })
    expect(checkCaps(caps, { customer_count: 1, customer_value: 0.2, budget_spent: 0 }, 0.11)).toMatchObject({ cap: "max_value" })
  })

  it("refuses a grant that would pass the global budget", () => {
    const caps = { ...none, budget: 100 }
    expect(checkCaps(caps, { customer_count: 0, customer_value: 0, budget_spent: 90 }, 10)).toEqual({ ok: true })
    expect(checkCaps(caps, { customer_count: 0, customer_value: 0, budget_spent: 95 }, 10)).toMatchObject({ cap: "budget" })
  })
})

describe("periodStart", () => {
  const at = new Date("2026-11-22T15:30:00Z") // a Sunday
  it.each([
    ["day", "2026-11-22T00:00:00.000Z"],
    ["week", "2026-11-16T00:00:00.000Z"],
    ["month", "2026-11-01T00:00:00.000Z"],
    ["year", "2026-01-01T00:00:00.000Z"],
  ] as const)("%s", (period, iso) => {
    expect(periodStart(period, at)?.toISOString()).toBe(iso)
  })
  it("has no start for all", () => expect(periodStart("all", at)).toBeNull())
})
