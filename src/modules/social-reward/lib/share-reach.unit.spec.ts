import { shareReach } from "./share-reach"

const t0 = Date.UTC(2026, 10, 1, 12)
const h = (hours: number) => new Date(t0 + hours * 3600_000)
const batch = (from: number, to: number, n: number) => ({ first_click_at: h(from), last_click_at: h(to), new_visitors: n })

describe("shareReach", () => {
  it("dates the Nth distinct visitor by the batch that brought the count to N", () => {
    const r = shareReach({ first_click_at: h(0), batches: [batch(5, 6, 2), batch(0, 1, 1), batch(7, 8, 0), batch(9, 10, 4)] }, 3, 48)
    expect(r).toEqual({ ok: true, reached_at: h(6) })
  })

  it("refuses a link that reached N only after the window, or never", () => {
    expect(shareReach({ first_click_at: h(0), batches: [batch(0, 1, 2), batch(47, 49, 1)] }, 3, 48)).toEqual({
      ok: false,
      reason: "not within 48 hours of the first click",
    })
    expect(shareReach({ first_click_at: h(0), batches: [batch(0, 1, 2)] }, 3, 48)).toEqual({ ok: false, reason: "fewer than 3 distinct visitors" })
    expect(shareReach({ first_click_at: null, batches: [] }, 1, 48)).toEqual({ ok: false, reason: "no clicks" })
  })

  it("counts exactly at the boundary (a ceiling reached exactly passes)", () => {
    expect(shareReach({ first_click_at: h(0).toISOString(), batches: [{ ...batch(47, 48, 3), last_click_at: h(48).toISOString() }] }, 3, 48)).toEqual({
      ok: true,
      reached_at: h(48),
    })
  })
})
