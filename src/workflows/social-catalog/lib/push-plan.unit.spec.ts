import { nextUtcDay, sortResults, splitByDailyCap, toOperation, type PushRow } from "./push-plan"

const row = (n: number, over: Partial<PushRow> = {}): PushRow => ({
  id: `scit_${n}`,
  variant_id: `variant_${n}`,
  payload: { title: `Item ${n}` },
  to_delete: false,
  attempts: 0,
  last_sent_hash: null,
  quota_day: null,
  quota_used: 0,
  ...over,
})

describe("splitByDailyCap", () => {
  const now = Date.parse("2026-11-22T15:30:00Z")

  it("keeps an upsert that used today's updates for the next day, and counts only today's", () => {
    const rows = [
      row(1, { quota_day: "2026-11-22", quota_used: 2 }),
      row(2, { quota_day: "2026-11-22", quota_used: 1 }),
      // Two yesterday: today starts again.
      row(3, { quota_day: "2026-11-21", quota_used: 2 }),
      row(4),
      // A delete is never held back by the update cap.
      row(5, { to_delete: true, quota_day: "2026-11-22", quota_used: 2 }),
    ]
    const { send, held, day } = splitByDailyCap(rows, 2, now)
    expect(day).toBe("2026-11-22")
    expect(held).toEqual([{ row: rows[0], retryAt: "2026-11-23T00:00:00.000Z", reason: "daily_limit" }])
    expect(send.map((r) => r.id)).toEqual(["scit_2", "scit_3", "scit_4", "scit_5"])
  })

  it("spreads the updates over the day: the second one of a day waits for 12:00 UTC", () => {
    const morning = Date.parse("2026-11-22T09:15:00Z")
    const rows = [row(1, { quota_day: "2026-11-22", quota_used: 1 }), row(2), row(3, { quota_day: "2026-11-21", quota_used: 2 })]
    const { send, held } = splitByDailyCap(rows, 2, morning)
    expect(held).toEqual([{ row: rows[0], retryAt: "2026-11-22T12:00:00.000Z", reason: "spread" }])
    expect(send.map((r) => r.id)).toEqual(["scit_2", "scit_3"])
    // At noon it goes; with a cap of 3 the slots open at 00:00, 08:00 and 16:00.
    expect(splitByDailyCap(rows, 2, Date.parse("2026-11-22T12:00:00Z")).held).toEqual([])
    const three = splitByDailyCap([row(4, { quota_day: "2026-11-22", quota_used: 2 })], 3, Date.parse("2026-11-22T15:59:59Z"))
    expect(three.held.map((h) => h.retryAt)).toEqual(["2026-11-22T16:00:00.000Z"])
  })

  it("sends everything when the platform has no cap", () => {
    const rows = [row(1, { quota_day: "2026-11-22", quota_used: 9 })]
    expect(splitByDailyCap(rows, undefined, now)).toMatchObject({ send: rows, held: [] })
  })

  it("defers to 00:00 UTC of the next day, also from the day's last millisecond", () => {
    expect(nextUtcDay(now).toISOString()).toBe("2026-11-23T00:00:00.000Z")
    expect(nextUtcDay(Date.parse("2026-11-22T23:59:59.999Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z")
    expect(nextUtcDay(Date.parse("2026-11-23T00:00:00.000Z")).toISOString()).toBe("2026-11-24T00:00:00.000Z")
  })
})

describe("sortResults", () => {
  it("matches results to rows by item id: accepted, refused, deferred with its time, unanswered", () => {
    const rows = [row(1), row(2), row(3), row(4), row(5, { to_delete: true })]
    const sorted = sortResults(rows, [
      { id: "variant_1", status: "ok", warnings: [{ code: "w", message: "low quality image" }] },
      { id: "variant_2", status: "error", errors: [{ code: "google_INVALID_ARGUMENT", message: "bad link" }] },
      { id: "variant_3", status: "pending", retryAt: "2026-11-23T00:00:00Z" },
      { id: "variant_5", status: "pending" },
      // Not one of these rows, and a second answer for the same item: both ignored.
      { id: "variant_99", status: "ok" },
      { id: "variant_1", status: "error" },
    ])
    expect(sorted.ok.map((e) => e.row.id)).toEqual(["scit_1"])
    expect(sorted.failed.map((e) => e.row.id)).toEqual(["scit_2"])
    expect(sorted.deferred.map((e) => [e.row.id, e.retryAt])).toEqual([
      ["scit_3", "2026-11-23T00:00:00.000Z"],
      ["scit_5", null],
    ])
    expect(sorted.unanswered.map((r) => r.id)).toEqual(["scit_4"])
  })

  it("treats a retryAt that is not a time as none", () => {
    const sorted = sortResults([row(1)], [{ id: "variant_1", status: "pending", retryAt: "tomorrow" }])
    expect(sorted.deferred[0].retryAt).toBeNull()
  })
})

describe("toOperation", () => {
  it("sends a row to delete as a delete by variant id, the others as an upsert of their payload", () => {
    expect(toOperation(row(1))).toEqual({ method: "upsert", item: { id: "variant_1", payload: { title: "Item 1" } } })
    expect(toOperation(row(2, { to_delete: true }))).toEqual({ method: "delete", id: "variant_2" })
  })
})
