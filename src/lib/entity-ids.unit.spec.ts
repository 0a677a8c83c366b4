import { generateEntityId } from "@medusajs/framework/utils"
import { generateEntityIds } from "./entity-ids"

describe("generateEntityIds", () => {
  it("makes ids shaped like Medusa's, with the prefix", () => {
    const [ours] = generateEntityIds("sshv", 1)
    const medusa = generateEntityId("", "sshv")
    expect(ours).toMatch(/^sshv_[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(ours.length).toBe(medusa.length)
  })

  it("encodes the time as a ULID does, so ids sort by creation time", () => {
    // 2024-01-01T00:00:00Z as a ULID's time part (48-bit milliseconds, base32).
    const [id] = generateEntityIds("x", 1, Date.UTC(2024, 0, 1))
    expect(id.slice(2, 12)).toBe("01HK153X00")
    const [later] = generateEntityIds("x", 1, Date.UTC(2024, 0, 1) + 1)
    expect(later.slice(2, 12) > id.slice(2, 12)).toBe(true)
  })

  it("makes distinct ids in one call and across calls", () => {
    const ids = [...generateEntityIds("a", 5000), ...generateEntityIds("a", 5000)]
    expect(new Set(ids).size).toBe(10_000)
  })

  it("spreads the random characters over the whole alphabet", () => {
    const counts = new Map<string, number>()
    for (const id of generateEntityIds("", 2000)) {
      for (const c of id.slice(10)) {
        counts.set(c, (counts.get(c) ?? 0) + 1)
      }
    }
    expect(counts.size).toBe(32)
    // 32,000 characters: about 1,000 each.
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(800)
      expect(n).toBeLessThan(1200)
    }
  })
})
