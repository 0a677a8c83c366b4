import fc from "fast-check"
import { histogram, pageInfo, starFill } from "./histogram"

describe("rating histogram", () => {
  it("lists 5 to 1 stars with counts and whole percentages", () => {
    expect(histogram({ distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 } })).toEqual([
      { stars: 5, count: 1, percent: 50 },
      { stars: 4, count: 0, percent: 0 },
      { stars: 3, count: 0, percent: 0 },
      { stars: 2, count: 1, percent: 50 },
      { stars: 1, count: 0, percent: 0 },
    ])
  })

  it("makes thirds add up to 100", () => {
    expect(histogram({ distribution: { 5: 1, 4: 1, 3: 1 } }).map((r) => r.percent)).toEqual([34, 33, 33, 0, 0])
  })

  it("shows zeros without reviews and ignores junk counts", () => {
    expect(histogram({ distribution: {} }).map((r) => r.percent)).toEqual([0, 0, 0, 0, 0])
    expect(histogram({ distribution: { 5: -3, 4: Number.NaN, 3: 2 } as any }).map((r) => r.count)).toEqual([0, 0, 2, 0, 0])
  })

  it("always sums to 100 and never moves a bar by a whole point or more", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: 5, maxLength: 5 }), (counts) => {
        const rows = histogram({ distribution: Object.fromEntries(counts.map((c, i) => [String(5 - i), c])) })
        const total = counts.reduce((a, b) => a + b, 0)
        if (!total) return
        expect(rows.reduce((a, r) => a + r.percent, 0)).toBe(100)
        rows.forEach((r, i) => expect(Math.abs(r.percent - (counts[i] * 100) / total)).toBeLessThan(1))
      })
    )
  })
})

describe("stars and pages", () => {
  it("rounds the average to the nearest half star", () => {
    expect(starFill(4.3)).toEqual([4, 1, 0])
    expect(starFill(4.2)).toEqual([4, 0, 1])
    expect(starFill(null)).toEqual([0, 0, 5])
    expect(starFill(7)).toEqual([5, 0, 0])
  })

  it("counts pages from count, offset and limit", () => {
    expect(pageInfo(20, 0, 5)).toEqual({ page: 1, pages: 4 })
    expect(pageInfo(20, 15, 5)).toEqual({ page: 4, pages: 4 })
    expect(pageInfo(0, 0, 10)).toEqual({ page: 1, pages: 1 })
  })
})
