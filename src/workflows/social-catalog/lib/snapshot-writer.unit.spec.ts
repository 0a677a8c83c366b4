import { ANALYZE_MIN_ROWS, outgrewStatistics } from "./snapshot-writer"

describe("outgrewStatistics", () => {
  it("leaves a small run alone, whatever the table's statistics", () => {
    expect(outgrewStatistics(0, ANALYZE_MIN_ROWS - 1)).toBe(false)
    expect(outgrewStatistics(0, ANALYZE_MIN_ROWS)).toBe(true)
  })

  it("asks again once a run has inserted as many rows as the statistics describe", () => {
    expect(outgrewStatistics(50_000, 49_999)).toBe(false)
    expect(outgrewStatistics(50_000, 50_000)).toBe(true)
  })
})
