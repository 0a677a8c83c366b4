import { entityIds } from "./ids"

describe("entityIds", () => {
  it("makes ids shaped like Medusa's, the time part as the ULID spec encodes it", () => {
    // The ULID specification's example: 1469918176385 ms is 01ARYZ6S41.
    const ids = entityIds("scit", 3, 1469918176385)
    expect(ids).toHaveLength(3)
    for (const id of ids) expect(id).toMatch(/^scit_01ARYZ6S41[0-9A-HJKMNP-TV-Z]{16}$/)
  })

  it("does not repeat itself within or across batches, and uses every character of the alphabet", () => {
    const ids = [...entityIds("scit", 20_000), ...entityIds("scit", 20_000)]
    expect(new Set(ids).size).toBe(ids.length)
    const last = new Set(ids.map((id) => id.slice(-1)))
    const first = new Set(ids.map((id) => id.slice(15, 16)))
    expect(last.size).toBe(32)
    expect(first.size).toBe(32)
  })
})
