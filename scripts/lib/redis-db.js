// A Redis database of its own for a run that starts Medusa processes on Redis (the multi-process
// test, the Redis benchmarks): parallel runs must never share queues, locks or keys.
"use strict"

const MARKER = "social:multiprocess:owner"

/**
 * The first empty Redis database (1-15) claimed with a marker key (SET NX, expiring after
 * `ttlSeconds` so that a run killed without releasing frees it again); its URL, its number, the
 * client and a release() that empties it. `order: "down"` tries 15 first: the benchmarks claim
 * from the top and the tests from the bottom, so that a bench and a test started together rarely
 * race for the same database (the marker settles it when they do).
 */
async function claimRedisDb(baseUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379", { ttlSeconds = 3600, order = "up" } = {}) {
  const Redis = require("ioredis")
  const dbs = Array.from({ length: 15 }, (_, i) => (order === "down" ? 15 - i : i + 1))
  for (const db of dbs) {
    const client = new Redis(baseUrl, { db, lazyConnect: true, maxRetriesPerRequest: 1 })
    await client.connect()
    const claimed = (await client.dbsize()) === 0 && (await client.set(MARKER, String(process.pid), "EX", ttlSeconds, "NX")) === "OK"
    if (claimed && (await client.dbsize()) === 1) {
      const url = new URL(baseUrl)
      url.pathname = `/${db}`
      return {
        url: url.toString(),
        db,
        client,
        release: async () => {
          await client.flushdb().catch(() => undefined)
          await client.quit().catch(() => undefined)
        },
      }
    }
    if (claimed) await client.del(MARKER)
    await client.quit()
  }
  throw new Error("no empty Redis database (1-15) to run in")
}

module.exports = { claimRedisDb }
