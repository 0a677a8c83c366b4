// The attribution benchmark's clock for `order.placed`: the time Medusa's event bus published the
// event (`metadata.published_at`, stamped when the event was added to the queue), kept in Redis
// per order for the benchmark to read (bench/attribution.js). Only with BENCH_RECORD_ORDER_PLACED=1;
// the other benchmarks' stores have no such subscriber work.
"use strict"

const Redis = require("ioredis")

let client = null

async function benchOrderPlaced({ event }) {
  if (process.env.BENCH_RECORD_ORDER_PLACED !== "1") return
  const published = event.metadata?.published_at
  if (!published || !event.data?.id) return
  client ??= new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1 })
  await client.hset("bench:order-placed", event.data.id, String(new Date(published).getTime()))
}

exports.default = benchOrderPlaced
exports.config = { event: "order.placed", context: { subscriberId: "bench-order-placed" } }
