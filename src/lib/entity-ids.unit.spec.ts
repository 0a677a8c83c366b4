import { entityIds } from "./entity-ids"

describe("entityIds", () => {
  it("makes ids shaped like Medusa's, the time part as the ULID spec encodes it", () => {
    // The ULID specification's example: 1469918176385 ms is 01ARYZ6S41.
    const ids = entityIds("scit", 3, 1469918176385)
    expect(ids).toHaveLength(3)
    for (const id of ids) expect(id).toMatch(/^scit_01ARYZ6S4[0-9A-HJKMNP-TV-Z]{17}$/)
  })

  it("comes in ascending order, within a batch and from one batch to the next, even within one millisecond", () => {
    const now = Date.now() + 10_000
    const first = entityIds("scit", 3000, now)
    const second = entityIds("scit", 10, now)
    const all = [...first, ...second]
    expect([...all].sort()).toEqual(all)
  })

  it("does not repeat itself, and its random part uses the whole alphabet", () => {
    const ids = [...entityIds("scit", 20_000), ...entityIds("scit", 20_000)]
    expect(new Set(ids).size).toBe(ids.length)
    for (const at of [19, 30]) expect(new Set(ids.map((id) => id[at])).size).toBe(32)
  })
})
