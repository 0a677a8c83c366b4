import { RedisClickStore } from "./redis-click-store"

/**
 * A minimal in-memory stand-in for the ioredis commands the store uses (the CLAIM script is
 * emulated). With REDIS_TEST_URL set, the same tests run against a real Redis instead.
 */
class FakeRedis {
  lists = new Map<string, string[]>()
  zsets = new Map<string, Map<string, number>>()
  strings = new Map<string, { v: string; until: number }>()
  rpushCalls = 0
  async rpush(k: string, ...v: string[]) {
    this.rpushCalls++
    this.lists.set(k, [...(this.lists.get(k) ?? []), ...v])
    return this.lists.get(k)!.length
  }
  async llen(k: string) {
    return this.lists.get(k)?.length ?? 0
  }
  async lrange(k: string) {
    return [...(this.lists.get(k) ?? [])]
  }
  async eval(_script: string, _n: number, incoming: string, batchKey: string, pending: string, score: string, id: string) {
    if (!this.lists.has(incoming)) {
      return 0
    }
    this.lists.set(batchKey, this.lists.get(incoming)!)
    this.lists.delete(incoming)
    const z = this.zsets.get(pending) ?? new Map()
    z.set(id, Number(score))
    this.zsets.set(pending, z)
    return 1
  }
  async zrange(k: string) {
    return [...(this.zsets.get(k)?.entries() ?? [])].sort((a, b) => a[1] - b[1]).map(([m]) => m)
  }
  async set(k: string, v: string, _px: string, ms: number, _nx: string) {
    const cur = this.strings.get(k)
    if (cur && cur.until > Date.now()) {
      return null
    }
    this.strings.set(k, { v, until: Date.now() + ms })
    return "OK"
  }
  async del(k: string) {
    this.lists.delete(k)
    this.strings.delete(k)
    return 1
  }
  multi() {
    const ops: Array<() => void> = []
    const chain = {
      del: (k: string) => (ops.push(() => void this.del(k)), chain),
      zrem: (k: string, m: string) => (ops.push(() => void this.zsets.get(k)?.delete(m)), chain),
      exec: async () => ops.forEach((op) => op()),
    }
    return chain
  }
}

async function client(): Promise<{ redis: any; close: () => Promise<void> }> {
  if (process.env.REDIS_TEST_URL) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Redis = require("ioredis")
    const redis = new Redis(process.env.REDIS_TEST_URL)
    return { redis, close: async () => void (await redis.quit()) }
  }
  return { redis: new FakeRedis(), close: async () => undefined }
}

const click = (link: string, visitor: string | null, bot = false) => ({ share_link_id: link, at: Date.now(), bot, self: false, visitor })

describe("RedisClickStore", () => {
  it("claims clicks as a batch, aggregates them and forgets the batch once acknowledged", async () => {
    const { redis, close } = await client()
    const store = new RedisClickStore(redis, `test:clicks:${Math.random().toString(36).slice(2)}`)
    try {
      await store.add(click("a", "v1"))
      await store.add(click("a", "v1"))
      await store.add(click("a", null, true))
      await store.add(click("b", "v2"))
      expect(await store.pending()).toBe(4)
      const [batch, ...rest] = await store.drain()
      expect(rest).toHaveLength(0)
      expect(batch.source).toBe("redis")
      expect(batch.entries.find((e) => e.share_link_id === "a")).toMatchObject({ clicks: 3, bot_clicks: 1, visitors: ["v1"] })
      expect(await store.pending()).toBe(0)
      // Locked while this flush works on it: another flush does not take it.
      expect(await store.drain()).toEqual([])
      await store.ack(batch.batch_id)
      expect(await store.drain()).toEqual([])
    } finally {
      await close()
    }
  })

  it("hands a batch whose flush died to the next flush (lost nothing)", async () => {
    const { redis, close } = await client()
    const store = new RedisClickStore(redis, `test:clicks:${Math.random().toString(36).slice(2)}`)
    try {
      await store.add(click("a", "v1"))
      const [first] = await store.drain(50)
      await new Promise((r) => setTimeout(r, 80)) // the flushing process died; its lock expired
      await store.add(click("a", "v2"))
      const again = await store.drain()
      expect(again.map((b) => b.batch_id)).toContain(first.batch_id)
      expect(again.reduce((n, b) => n + b.entries[0].clicks, 0)).toBe(2)
      for (const b of again) {
        await store.ack(b.batch_id)
      }
      expect(await store.drain()).toEqual([])
    } finally {
      await close()
    }
  })

  it("releases a batch after a failed flush so the next one retries it", async () => {
    const { redis, close } = await client()
    const store = new RedisClickStore(redis, `test:clicks:${Math.random().toString(36).slice(2)}`)
    try {
      await store.add(click("a", "v1"))
      const [batch] = await store.drain()
      await store.release(batch.batch_id)
      const [retry] = await store.drain()
      expect(retry.batch_id).toBe(batch.batch_id)
      await store.ack(retry.batch_id)
    } finally {
      await close()
    }
  })

  it("answers at once, and false, while Redis is unreachable, after one bounded wait for the first connection", async () => {
    // A port nothing listens on: the connection is refused.
    const server = require("net").createServer()
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    const port = server.address().port
    await new Promise((r) => server.close(r))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Redis = require("ioredis")
    const redis = new Redis({ port, host: "127.0.0.1", lazyConnect: true, maxRetriesPerRequest: 3, retryStrategy: () => 50 })
    redis.on("error", () => undefined)
    try {
      const store = new RedisClickStore(redis, "test:clicks:down", 250)
      const first = store.ready()
      expect(first).toBeInstanceOf(Promise)
      expect(await first).toBe(false)
      // Later calls do not wait for ioredis' reconnects.
      expect(store.ready()).toBe(false)
    } finally {
      redis.disconnect()
    }
  })

  it("writes the clicks that come in during a write together, each answered once Redis has it", async () => {
    const { redis, close } = await client()
    const store = new RedisClickStore(redis, `test:clicks:${Math.random().toString(36).slice(2)}`)
    try {
      const order: string[] = []
      const adds = ["a", "b", "c", "d"].map((link) => store.add(click(link, `v-${link}`)).then(() => order.push(link)))
      await Promise.all(adds)
      expect(order).toEqual(["a", "b", "c", "d"])
      expect(await store.pending()).toBe(4)
      if (redis instanceof FakeRedis) {
        // The first alone, the three that came in meanwhile in one command.
        expect(redis.rpushCalls).toBe(2)
      }
      const [batch] = await store.drain()
      expect(batch.entries.map((e) => e.share_link_id).sort()).toEqual(["a", "b", "c", "d"])
      await store.ack(batch.batch_id)
    } finally {
      await close()
    }
  })

  it("fails the clicks of a failed write (the caller keeps them) and writes the next ones", async () => {
    const redis = new FakeRedis()
    const rpush = redis.rpush.bind(redis)
    let fail = true
    redis.rpush = async (k: string, ...v: string[]) => {
      if (fail) throw new Error("connection lost")
      return rpush(k, ...v)
    }
    const store = new RedisClickStore(redis as any, "test:clicks:fail")
    await expect(store.add(click("a", "v1"))).rejects.toThrow("connection lost")
    fail = false
    await store.add(click("b", "v2"))
    expect(await store.pending()).toBe(1)
  })
})
