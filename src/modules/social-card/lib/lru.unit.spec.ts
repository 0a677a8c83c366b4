import { concurrencyLimit, SizedLru, singleFlight } from "./lru"

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

describe("concurrencyLimit", () => {
  it("runs at most `limit` jobs at once, in arrival order, and every job's result reaches its caller", async () => {
    const limited = concurrencyLimit(2)
    let running = 0
    let peak = 0
    const started: number[] = []
    const job = (i: number) => async () => {
      started.push(i)
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, 5))
      running--
      if (i === 3) throw new Error("job 3 failed")
      return i * 10
    }
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map((i) => limited(job(i))))
    expect(peak).toBe(2)
    expect(started).toEqual([0, 1, 2, 3, 4, 5])
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual([0, 10, 20, "job 3 failed", 40, 50])
    // The slots are free again afterwards.
    expect(await Promise.all([limited(async () => "a"), limited(async () => "b")])).toEqual(["a", "b"])
  })
})
