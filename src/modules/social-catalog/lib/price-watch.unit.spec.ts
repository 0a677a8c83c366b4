import fc from "fast-check"
import {
  changeKey,
  lastTouched,
  PRICE_WATCH_OVERLAP_MS,
  priceWatchDue,
  scanFrom,
  settleChanges,
  type WatchedChange,
} from "./price-watch"
import type { Watermark } from "../types"

const MIN = 60_000
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms)

describe("price watch", () => {
  it("is due before its first run, then once the interval has passed (ticks may come half a minute early)", () => {
    const mark: Watermark = { watched_at: at(0).toISOString(), seen: [] }
    expect(priceWatchDue(null, at(0), 5 * MIN)).toBe(true)
    expect(priceWatchDue(mark, at(1 * MIN), 5 * MIN)).toBe(false)
    expect(priceWatchDue(mark, at(4 * MIN), 5 * MIN)).toBe(false)
    expect(priceWatchDue(mark, at(5 * MIN - 200), 5 * MIN)).toBe(true)
    expect(priceWatchDue(mark, at(1 * MIN), 0)).toBe(true)
    // A clock that went back (another process, a corrected clock) scans rather than waits.
    expect(priceWatchDue(mark, at(-10 * MIN), 5 * MIN)).toBe(true)
  })

  it("reads nothing on its first run and back the overlap afterwards", () => {
    expect(scanFrom(null)).toBeNull()
    expect(scanFrom({ watched_at: at(10 * MIN).toISOString(), seen: [] })).toEqual(at(10 * MIN - PRICE_WATCH_OVERLAP_MS))
  })

  it("keys a change by row and time, and dates a soft delete by its deletion", () => {
    expect(changeKey("price", "price_1", at(5))).toBe(changeKey("price", "price_1", at(5).toISOString()))
    expect(changeKey("price", "price_1", at(5))).not.toBe(changeKey("price", "price_1", at(6)))
    expect(lastTouched({ updated_at: at(1), deleted_at: at(9) })).toEqual(at(9))
    expect(lastTouched({ updated_at: at(3).toISOString(), deleted_at: null })).toEqual(at(3))
  })

  it("handles a change read twice once, and keeps only the keys the next scan can read again", () => {
    const read = [
      { key: "a", at: at(0) },
      { key: "b", at: at(9 * MIN) },
      { key: "b", at: at(9 * MIN) },
    ]
    const first = settleChanges(read, { watched_at: at(0).toISOString(), seen: [] }, at(10 * MIN))
    expect(first.fresh.map((c) => c.key)).toEqual(["a", "b"])
    // "a" is older than the next scan's overlap: it is never read again, so not remembered.
    expect(first.next).toEqual({ watched_at: at(10 * MIN).toISOString(), seen: ["b"] })
    const second = settleChanges([{ key: "b", at: at(9 * MIN) }], first.next, at(11 * MIN))
    expect(second.fresh).toEqual([])
    expect(second.next.seen).toEqual(["b"])
  })

  it("property: every write committed within the overlap is handled exactly once, whatever the scan times", () => {
    // A write is stamped at `t` and becomes visible when its transaction commits, `delay` later.
    const write = fc.record({ t: fc.integer({ min: -10 * MIN, max: 60 * MIN }), delay: fc.integer({ min: 0, max: PRICE_WATCH_OVERLAP_MS - 1 }) })
    const gaps = fc.array(fc.integer({ min: 1_000, max: 15 * MIN }), { minLength: 1, maxLength: 40 })
    fc.assert(
      fc.property(fc.array(write, { maxLength: 60 }), gaps, (writes, scanGaps) => {
        const handled = new Map<string, number>()
        let mark: Watermark | null = null
        let now = 0
        // The first scan only records where watching starts.
        const firstScan = now
        mark = settleChanges([], null, at(now)).next
        for (const gap of scanGaps) {
          now += gap
          const from = scanFrom(mark)!.getTime() - at(0).getTime()
          const visible: WatchedChange[] = writes
            .map((w, i) => ({ ...w, key: `w${i}` }))
            .filter((w) => w.t + w.delay <= now && w.t >= from)
            .map((w) => ({ key: w.key, at: at(w.t) }))
          const { fresh, next } = settleChanges(visible, mark, at(now))
          fresh.forEach((c) => handled.set(c.key, (handled.get(c.key) ?? 0) + 1))
          mark = next
        }
        writes.forEach((w, i) => {
          const count = handled.get(`w${i}`) ?? 0
          // Never twice; and once if it was visible by the last scan and not older than watching.
          expect(count).toBeLessThanOrEqual(1)
          if (w.t + w.delay <= now && w.t >= firstScan - PRICE_WATCH_OVERLAP_MS) {
            expect(count).toBe(1)
          }
        })
      })
    )
  })
})
