import { computeAttribution, type ModelTouch } from "./attribution-models"

const DAY = 24 * 60 * 60 * 1000
const placed = new Date("2026-06-30T12:00:00Z")
const at = (daysBefore: number) => new Date(placed.getTime() - daysBefore * DAY)

function touch(id: string, daysBefore: number, extra: Partial<ModelTouch> = {}): ModelTouch {
  return {
    id,
    occurred_at: at(daysBefore),
    network: "facebook",
    is_direct: false,
    consent: "analytics",
    utm_campaign: null,
    share_code: null,
    sharer_customer_id: null,
    referral_code: null,
    ...extra,
  }
}
const direct = (id: string, d: number) => touch(id, d, { network: "direct", is_direct: true })

const run = (touches: ModelTouch[], customer_id: string | null = null) =>
  computeAttribution({ touches, placed_at: placed, customer_id, window_days: 30 })

const sum = (credits: { weight: number }[]) => credits.reduce((s, c) => s + c.weight, 0)

describe("computeAttribution", () => {
  it("gives last non-direct the credit over a later direct visit", () => {
    const d = run([touch("t1", 10, { network: "pinterest" }), touch("t2", 5, { network: "tiktok" }), direct("t3", 1)])
    expect(d.weights.last_non_direct).toEqual([expect.objectContaining({ touch_id: "t2", network: "tiktok", weight: 1 })])
    expect(d.weights.first).toEqual([expect.objectContaining({ touch_id: "t1", network: "pinterest", weight: 1 })])
    expect(d.weights.last).toEqual([expect.objectContaining({ touch_id: "t3", network: "direct", weight: 1 })])
    expect(d.weights.linear.map((c) => c.touch_id)).toEqual(["t1", "t2", "t3"])
    expect(d.weights.linear.every((c) => Math.abs(c.weight - 1 / 3) < 1e-9)).toBe(true)
    expect(d.deciding?.id).toBe("t2")
    expect(d.trace.decided_by).toBe("last_non_direct")
  })

  it("every model's weights sum to 1", () => {
    for (const touches of [[], [direct("d", 1)], [touch("a", 3), touch("b", 2), direct("c", 1), touch("e", 0.5)]]) {
      const d = run(touches)
      for (const credits of Object.values(d.weights)) expect(sum(credits)).toBeCloseTo(1, 9)
    }
  })

  it("is direct with no touch, and with only direct touches", () => {
    expect(run([]).weights.last_non_direct).toEqual([expect.objectContaining({ touch_id: null, network: "direct" })])
    expect(run([]).trace.note).toBe("no touch: direct")
    const d = run([direct("d1", 2)])
    expect(d.weights.last_non_direct[0]).toMatchObject({ network: "direct", touch_id: "d1" })
    expect(d.deciding).toBeNull()
  })

  it("leaves out touches outside the window, and says so", () => {
    const d = run([touch("old", 31), touch("edge", 29.9, { network: "x" })])
    expect(d.trace.excluded).toEqual([expect.objectContaining({ touch_id: "old", reason: "outside_window" })])
    expect(d.weights.last_non_direct[0].touch_id).toBe("edge")
    expect(run([touch("old", 45)]).weights.first[0].network).toBe("direct")
  })

  it("leaves out touches without consent but keeps their referral code", () => {
    const d = run([touch("nc", 2, { consent: "denied", referral_code: "FRIEND10", network: "referral" })])
    expect(d.trace.excluded).toEqual([expect.objectContaining({ touch_id: "nc", reason: "no_consent" })])
    expect(d.weights.last_non_direct[0].network).toBe("direct")
    expect(d.referral_code).toBe("FRIEND10")
  })

  it("leaves out the sharer's own click on their share link", () => {
    const own = touch("own", 1, { share_code: "abcd1234", sharer_customer_id: "cus_1" })
    expect(run([own], "cus_1").trace.excluded[0]).toMatchObject({ touch_id: "own", reason: "self_referral" })
    expect(run([own], "cus_2").weights.last_non_direct[0]).toMatchObject({ touch_id: "own", share_code: "abcd1234" })
  })

  it("ignores touches after the order", () => {
    const d = run([touch("later", -1)])
    expect(d.trace.excluded[0].reason).toBe("after_order")
  })

  it("orders touches by time whatever order they come in", () => {
    const a = run([touch("b", 1, { network: "x" }), touch("a", 3, { network: "tiktok" })])
    expect(a.weights.first[0].touch_id).toBe("a")
    expect(a.weights.last[0].touch_id).toBe("b")
  })
})
