import { FittedSlots } from "./fitted-slots"

const photo = (fill: number, size = 12) => ({ data: Buffer.alloc(size, fill), width: 2, height: 2, channels: 3 as const })

describe("FittedSlots", () => {
  it("keeps copies of the last photos, reusing the oldest one's buffer for a new one", () => {
    const slots = new FittedSlots(2)
    const a = slots.keep("a", photo(1))!
    slots.keep("b", photo(2))
    expect(slots.get("a")?.data[0]).toBe(1)
    const c = slots.keep("c", photo(3))!
    // "b" was the least recently used: its buffer now holds "c".
    expect(slots.get("b")).toBeUndefined()
    expect(slots.get("a")).toBe(a)
    expect(c.data[0]).toBe(3)
    expect(c.data.length).toBe(12)
  })

  it("does not share memory with the photo it was given", () => {
    const slots = new FittedSlots(1)
    const given = photo(7)
    const kept = slots.keep("a", given)!
    given.data.fill(0)
    expect(kept.data[0]).toBe(7)
  })

  it("keeps an unreadable photo as null, and a larger photo in a larger buffer", () => {
    const slots = new FittedSlots(1)
    expect(slots.keep("bad", null)).toBeNull()
    expect(slots.get("bad")).toBeNull()
    const big = slots.keep("big", photo(5, 48))!
    expect(big.data.length).toBe(48)
    expect(slots.get("bad")).toBeUndefined()
  })
})
