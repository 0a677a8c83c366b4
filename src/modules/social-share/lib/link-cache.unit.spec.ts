import { LinkCache } from "./link-cache"

describe("LinkCache", () => {
  const rows: Record<string, { code: string }> = { Known1234: { code: "Known1234" } }
  const make = (now = () => 0) => {
    const queries: string[] = []
    const batches: string[][] = []
    const cache = new LinkCache(
      async (codes: string[]) => {
        queries.push(...codes)
        batches.push(codes)
        return new Map(codes.filter((c) => rows[c]).map((c) => [c, rows[c]]))
      },
      { max: 2, missMax: 2, missTtlMs: 1000, batchMax: 3, now }
    )
    return { cache, queries, batches }
  }

  it("reads a known code from the database once", async () => {
    const { cache, queries } = make()
    expect(await cache.get("Known1234")).toEqual({ code: "Known1234" })
    expect(cache.peek("Known1234")).toEqual({ code: "Known1234" })
    expect(await cache.get("Known1234")).toEqual({ code: "Known1234" })
    expect(queries).toEqual(["Known1234"])
  })

  it("answers an unknown code without a query until the miss expires", async () => {
    let t = 0
    const { cache, queries } = make(() => t)
    expect(cache.peek("Unknown12")).toBeUndefined()
    expect(await cache.get("Unknown12")).toBeNull()
    for (let i = 0; i < 100; i++) {
      expect(cache.peek("Unknown12")).toBeNull()
      expect(await cache.get("Unknown12")).toBeNull()
    }
    expect(queries).toEqual(["Unknown12"])
    expect(cache.reads).toBe(1)
    t = 1000
    expect(cache.peek("Unknown12")).toBeUndefined()
    await cache.get("Unknown12")
    expect(queries).toEqual(["Unknown12", "Unknown12"])
  })

  it("shares one query between concurrent lookups of a code", async () => {
    const { cache, queries } = make()
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get("Unknown99")))
    expect(answers.every((a) => a === null)).toBe(true)
    expect(queries).toEqual(["Unknown99"])
  })

  it("stays bounded: the oldest miss is dropped first, and a created code is forgotten", async () => {
    const { cache, queries } = make()
    await cache.get("MissA1234")
    await cache.get("MissB1234")
    await cache.get("MissC1234")
    expect(cache.peek("MissA1234")).toBeUndefined()
    expect(cache.peek("MissC1234")).toBeNull()
    cache.forget("MissC1234")
    expect(cache.peek("MissC1234")).toBeUndefined()
    expect(queries).toHaveLength(3)
  })

  it("reads the codes asked for during a read together in the next one", async () => {
    const { cache, batches } = make()
    const first = cache.get("Known1234")
    const others = ["MissA1234", "MissB1234", "MissC1234", "MissD1234"].map((c) => cache.get(c))
    expect(await first).toEqual({ code: "Known1234" })
    expect(await Promise.all(others)).toEqual([null, null, null, null])
    // The first alone, then the waiting ones up to batchMax (3) per read.
    expect(batches).toEqual([["Known1234"], ["MissA1234", "MissB1234", "MissC1234"], ["MissD1234"]])
    expect(cache.reads).toBe(3)
  })

  it("fails every lookup of a failed read, and reads again afterwards", async () => {
    let fail = true
    const cache = new LinkCache(
      async (codes: string[]) => {
        if (fail) throw new Error("database down")
        return new Map(codes.map((c) => [c, { code: c }]))
      },
      { max: 10, missMax: 10, missTtlMs: 1000 }
    )
    const a = cache.get("Known1234")
    const b = cache.get("Other1234")
    await expect(a).rejects.toThrow("database down")
    await expect(b).rejects.toThrow("database down")
    expect(cache.peek("Known1234")).toBeUndefined()
    fail = false
    expect(await cache.get("Known1234")).toEqual({ code: "Known1234" })
  })
})
