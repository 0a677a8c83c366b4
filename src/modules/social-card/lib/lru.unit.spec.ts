import { SizedLru, singleFlight } from "./lru"

describe("SizedLru", () => {
  it("evicts the least recently used entries beyond its size", () => {
    const lru = new SizedLru<string>(10)
    lru.set("a", "A", 4)
    lru.set("b", "B", 4)
    expect(lru.get("a")).toBe("A") // a is now the most recent
    lru.set("c", "C", 4)
    expect(lru.get("b")).toBeUndefined()
    expect(lru.get("a")).toBe("A")
    expect(lru.get("c")).toBe("C")
    expect(lru.size).toBe(8)
  })

  it("skips values larger than the whole cache", () => {
    const lru = new SizedLru<string>(10)
    lru.set("big", "x", 11)
    expect(lru.get("big")).toBeUndefined()
  })
})

describe("singleFlight", () => {
  it("runs one job for concurrent callers with the same key", async () => {
    const flight = singleFlight<number>()
    let runs = 0
    const job = () => new Promise<number>((r) => setTimeout(() => r(++runs), 10))
    const results = await Promise.all([flight("k", job), flight("k", job), flight("k", job)])
    expect(results).toEqual([1, 1, 1])
    expect(await flight("k", job)).toBe(2) // a later call runs again
  })
})
