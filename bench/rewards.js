// `npm run bench -- rewards`: approved reviews turned into issued rewards (a grant and a Medusa
// promotion each) by two worker processes fed by Medusa's Redis event bus, and the duplicate
// storm: every approval event published 10 times at once.
//
// The app (bench/redis-app) installs the BUILT plugin, is built with `medusa build` and runs with
// `medusa start`, NODE_ENV=production: two processes in worker mode (MEDUSA_WORKER_MODE=worker) on
// Redis (event bus, workflow engine, cache, locking) and PostgreSQL. The events are published by
// `medusa exec` in server mode, as the review approval route's process does.
//
//   grants_per_s      distinct approvals issued per second, from the first event published to the
//                     last promotion issued (single deliveries)
//   storm             the same with each event published 10 times: duplicate_grants must be 0,
//                     and duplicate_promotions too
//   baseline          the Promotion module's createPromotions alone for the same promotion shape,
//                     in one of the same processes (no event bus, no ledger): what the reward adds
//
// BENCH_REWARDS_N (approvals per phase, default 500).
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { report } = require("./_report")
const { ensureDatabaseEnv, databaseUrl, adminSql } = require("../scripts/lib/embedded-pg")
const { buildApp, claimRedisDb, prepareDatabase, exec, startApp } = require("./lib/redis-app")

const N = Number(process.env.BENCH_REWARDS_N ?? 500)
const DUPLICATES = 10
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function main() {
  const redis = await claimRedisDb()
  const pg = await ensureDatabaseEnv("bench-rewards")
  const db = `social_bench_rewards_${process.pid}`
  const env = { DATABASE_URL: databaseUrl(db), REDIS_URL: redis.url }
  const { Client } = require("@medusajs/framework/pg")
  const sql = new Client({ connectionString: databaseUrl(db) })
  const q = async (text, params) => (await sql.query(text, params)).rows
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "social-bench-rewards-"))
  const workers = []
  try {
    console.log("[bench] npm run build (plugin), medusa build (app), migrate, seed")
    await buildApp()
    console.log(`[bench] database ${await prepareDatabase(db, env)}`)
    await exec(path.resolve(__dirname, "..", "integration-tests", "multiprocess", "seed.js"), [path.join(tmp, "shop.json")], env)
    await exec(path.join(__dirname, "lib", "rewards-seed.js"), [path.join(tmp, "customers.json"), String(2 * N)], env)
    const { customers } = JSON.parse(fs.readFileSync(path.join(tmp, "customers.json"), "utf8"))
    await sql.connect()
    workers.push(await startApp({ name: "worker 1", mode: "worker", env }), await startApp({ name: "worker 2", mode: "worker", env }))

    /** Publishes the approvals (each `times` times) and waits until every one is issued. */
    async function phase(label, ids, times) {
      const events = ids.map((id, i) => ({
        name: "social.review.approved",
        data: { id, product_id: `prod_${id}`, customer_id: customers[i + (label === "storm" ? N : 0)], verified_purchase: true, has_media: false },
      }))
      const file = path.join(tmp, `${label}.json`)
      const out = path.join(tmp, `${label}-emitted.json`)
      fs.writeFileSync(file, JSON.stringify(events))
      console.log(`[bench] ${label}: ${events.length} approvals x ${times}`)
      await exec(path.join(__dirname, "lib", "emit-timed.js"), [file, String(times), out], { ...env, MEDUSA_WORKER_MODE: "server" })
      const emitted = JSON.parse(fs.readFileSync(out, "utf8"))
      const deadline = Date.now() + 20 * 60_000
      let last = null
      for (;;) {
        const [row] = await q(
          `select count(*) filter (where status = 'issued')::int as issued, count(*)::int as grants, max(issued_at) as last_issued
           from social_reward_grant where source_id = any($1)`,
          [ids]
        )
        last = row
        if (row.issued >= ids.length || Date.now() > deadline) break
        await sleep(500)
      }
      // Let late duplicates finish: nothing may be added after every approval was issued.
      await sleep(5000)
      const [after] = await q(`select count(*)::int as grants from social_reward_grant where source_id = any($1)`, [ids])
      const seconds = (new Date(last.last_issued).getTime() - emitted.started) / 1000
      return { events: ids.length, deliveries: emitted.messages, issued: last.issued, grants: after.grants, seconds, grants_per_s: Math.round((last.issued / seconds) * 10) / 10 }
    }

    const single = await phase("single", Array.from({ length: N }, (_, i) => `rev_single_${i}`), 1)
    const storm = await phase("storm", Array.from({ length: N }, (_, i) => `rev_storm_${i}`), DUPLICATES)
    const promotions = await q(`select count(*)::int as n from promotion where code like 'RW-%' and deleted_at is null`)

    // Baseline: the Promotion module alone, same promotion shape, from one production process.
    const baseOut = path.join(tmp, "baseline.json")
    await exec(path.join(__dirname, "lib", "promotions-baseline.js"), [baseOut, String(Math.min(N, 300))], { ...env, MEDUSA_WORKER_MODE: "server" })
    const baseline = JSON.parse(fs.readFileSync(baseOut, "utf8"))

    const worker_rss_mb = workers.map((w) => {
      try {
        const status = fs.readFileSync(`/proc/${w.pid}/status`, "utf8")
        return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024)
      } catch {
        return null
      }
    })
    report("rewards", {
      description:
        "Approved reviews turned into issued rewards (grant + customer-only promotion) by two `medusa start` worker processes fed by the Redis event bus, from the first event published to the last promotion issued; then the same with every event published 10 times at once.",
      baseline: "The Promotion module's createPromotions alone for the same promotion shape and concurrency, in a production process (no event bus, no ledger).",
      headline: ["duplicate_grants", "grants_per_s", "storm.grants_per_s"],
      targets: { duplicate_grants: "= 0", duplicate_promotions: "= 0", "storm.issued": `= ${N}`, issued: `= ${N}` },
      app: "bench/redis-app: built plugin, medusa build + medusa start, NODE_ENV=production, 2 workers (MEDUSA_WORKER_MODE=worker), Redis event bus/workflow engine/cache/locking",
      events: N,
      grants_per_s: single.grants_per_s,
      issued: single.issued,
      seconds: Math.round(single.seconds * 10) / 10,
      storm: { deliveries: storm.deliveries, issued: storm.issued, grants: storm.grants, seconds: Math.round(storm.seconds * 10) / 10, grants_per_s: storm.grants_per_s },
      duplicate_grants: storm.grants - N + (single.grants - N),
      promotions_created: promotions[0].n,
      duplicate_promotions: promotions[0].n - single.issued - storm.issued,
      worker_rss_mb,
      baseline_promotions_per_s: baseline.promotions_per_s,
      baseline_detail: baseline,
      ratio_grants_to_promotions: Math.round((single.grants_per_s / baseline.promotions_per_s) * 100) / 100,
    })
  } finally {
    for (const w of workers) await w.stop()
    await sql.end().catch(() => undefined)
    await redis.release()
    await adminSql(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).catch(() => undefined)
    if (pg) await pg.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
