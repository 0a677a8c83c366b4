import fc from "fast-check"
import { statsFromRows } from "./stats"

describe("statsFromRows", () => {
  it("folds grouped rows (counts as strings, as PostgreSQL returns them) into stats", () => {
    const stats = statsFromRows(
      ["p1", "p2"],
      [
        { product_id: "p1", rating: 5, count: "3", verified: "2", with_media: "1" },
        { product_id: "p1", rating: 2, count: "1", verified: "1", with_media: "0" },
      ]
    )
    expect(stats.p1).toEqual({
      count: 4,
      average: 4.25,
      distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 3 },
      verified_count: 3,
      photo_count: 1,
    })
    expect(stats.p2).toEqual({
      count: 0,
      average: null,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      verified_count: 0,
      photo_count: 0,
    })
  })

  it("rounds the average to 2 decimals and ignores ratings outside 1..5", () => {
    const stats = statsFromRows(
      ["p"],
      [
        { product_id: "p", rating: 5, count: 1, verified: 0, with_media: 0 },
        { product_id: "p", rating: 4, count: 2, verified: 0, with_media: 0 },
        { product_id: "p", rating: 9, count: 7, verified: 0, with_media: 0 },
      ]
    )
    expect(stats.p.average).toBe(4.33)
    expect(stats.p.count).toBe(3)
  })

  it("keeps count = sum of the distribution and the average within [1, 5]", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 1000 }))), (groups) => {
        const rows = groups.map(([rating, count]) => ({ product_id: "p", rating, count, verified: 0, with_media: 0 }))
        const s = statsFromRows(["p"], rows).p
        const sum = Object.values(s.distribution).reduce((a, b) => a + b, 0)
        expect(s.count).toBe(sum)
        if (s.count) {
          expect(s.average!).toBeGreaterThanOrEqual(1)
          expect(s.average!).toBeLessThanOrEqual(5)
        } else {
          expect(s.average).toBeNull()
        }
      })
    )
  })
})
