// `npm run bench -- share-redirect`: share links opened by people and previewers on a production
// server, against Medusa's own /health on the same server in the same run.
//
// The app (bench/redis-app) installs the BUILT plugin, is built with `medusa build` and runs as
// Medusa runs in production: a server process and a worker process (`medusa start`,
// MEDUSA_WORKER_MODE=server / worker, NODE_ENV=production) on PostgreSQL and Redis (event bus,
// workflow engine, cache, locking and the share click buffer). The server answers the clicks and
// flushes its buffer; the click events' subscribers and the scheduled jobs run in the worker, on
// the same two cores. BENCH_SHARED=1 runs one shared-mode process instead (the earlier figures).
// The load: 10,000 links over 100 products, 1,000 user agents (browsers, in-app browsers of the
// social apps, about 3% link previewers), a client address per request out of 65,536
// (X-Forwarded-For, which Medusa trusts from one proxy), and 1% unknown codes. /health and
// /s/:code alternate in short rounds at the same connection count, so load from other processes
// on the machine falls on both alike. Every latency of the run is kept: p50/p99 are of
// the whole run, not a median of rounds.
//
// Then the server is killed with SIGKILL in the middle of a burst of clicks and started again:
// every click answered (302 or the previewer page) must be counted once the flush has run
// (lost_clicks), the ones still buffered in Redis included.
//
// BENCH_DURATION (s, per kind, default 30), BENCH_CONNECTIONS (default 10).
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const autocannon = require("autocannon")
const { report, percentile } = require("./_report")
const { ensureDatabaseEnv, databaseUrl, adminSql } = require("../scripts/lib/embedded-pg")
const { buildApp, claimRedisDb, prepareDatabase, exec, startApp, waitForEventsIdle } = require("./lib/redis-app")
const { userAgents } = require("./lib/user-agents")

const DURATION = Number(process.env.BENCH_DURATION ?? 30)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const ROUNDS = 6
const LINKS = 10_000
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100)
const SHARED = process.env.BENCH_SHARED === "1"
const SERVER_MODE = SHARED ? "shared" : "server"
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** One autocannon run; every response's latency and status kept. */
function cannon(opts, sink) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ connections: CONNECTIONS, excludeErrorStats: false, ...opts }, (err, result) => (err ? reject(err) : resolve(result)))
    instance.on("response", (_client, status, _bytes, ms) => {
      sink.latencies.push(ms)
      sink.status[status] = (sink.status[status] ?? 0) + 1
    })
    instance.on("reqError", () => sink.errors++)
  })
}
const newSink = () => ({ latencies: [], status: {}, errors: 0, requests: 0, seconds: 0 })

async function main() {
  const redis = await claimRedisDb()
  const pg = await ensureDatabaseEnv("bench-share")
  const db = `social_bench_share_${process.pid}`
  const env = { DATABASE_URL: databaseUrl(db), REDIS_URL: redis.url }
  const { Client } = require("@medusajs/framework/pg")
  const sql = new Client({ connectionString: databaseUrl(db) })
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "social-bench-share-"))
  let server = null
  let worker = null
  try {
    console.log("[bench] npm run build (plugin), medusa build (app), migrate, seed 10,000 links")
    await buildApp()
    console.log(`[bench] database ${await prepareDatabase(db, env)}`)
    await exec(path.resolve(__dirname, "..", "integration-tests", "multiprocess", "seed.js"), [path.join(tmp, "shop.json")], env)
    await exec(path.join(__dirname, "lib", "share-links-seed.js"), [path.join(tmp, "links.json"), String(PRODUCTS), String(LINKS)], env)
    const { codes } = JSON.parse(fs.readFileSync(path.join(tmp, "links.json"), "utf8"))
    await sql.connect()
    server = await startApp({ name: "server", mode: SERVER_MODE, env })
    if (!SHARED) worker = await startApp({ name: "worker", mode: "worker", env })
    console.log(`[bench] the seed's events handled after ${await waitForEventsIdle(redis.client)} ms`)
    const agents = userAgents(1000)
    // The plugin's own crawler test, from the build just made.
    const { isCrawler } = require("../.medusa/server/src/modules/social-share/lib/crawler")
    const crawlerShare = agents.filter((a) => isCrawler(a)).length / agents.length

    let seq = 0
    const shareRequest = (req) => {
      const n = seq++
      const r = Math.random()
      // 1% of requests carry a code that does not exist (a mistyped or scanned link).
      const code = r < 0.01 ? `Zz${(n % 500).toString().padStart(8, "0")}` : codes[Math.floor(Math.random() * codes.length)]
      const ip = Math.floor(Math.random() * 65536)
      return {
        ...req,
        path: `/s/${code}`,
        headers: { "user-agent": agents[Math.floor(Math.random() * agents.length)], "x-forwarded-for": `10.${ip >> 8}.${ip & 255}.${1 + (n % 250)}` },
      }
    }
    const share = (sink, duration) => cannon({ url: server.url, duration, requests: [{ method: "GET", setupRequest: shareRequest }] }, sink)
    const health = (sink, duration) => cannon({ url: `${server.url}/health`, duration }, sink)

    console.log(`[bench] warm-up, then ${ROUNDS} rounds of ${DURATION / ROUNDS} s /health + ${DURATION / ROUNDS} s /s/:code at ${CONNECTIONS} connections`)
    const warm = newSink()
    await health(newSink(), 3)
    await share(warm, 5)
    const runs = { health: newSink(), share: newSink() }
    for (let i = 0; i < ROUNDS; i++) {
      for (const kind of ["health", "share"]) {
        const sink = runs[kind]
        const result = await (kind === "health" ? health : share)(sink, DURATION / ROUNDS)
        sink.seconds += DURATION / ROUNDS
        sink.requests += result.requests.total
      }
    }
    const answered = (s) => (s.status[302] ?? 0) + (s.status[200] ?? 0)
    let clicksAnswered = answered(warm) + answered(runs.share)

    // A burst of clicks with the server killed (SIGKILL) in its middle, then a restart.
    console.log("[bench] clicks with the server killed by SIGKILL mid-burst, then restarted")
    const burst = newSink()
    const burstRun = share(burst, 6).catch(() => null)
    await sleep(3000)
    const answeredBeforeKill = answered(burst)
    await server.kill()
    await burstRun
    clicksAnswered += answered(burst)
    server = await startApp({ name: "server (after SIGKILL)", mode: SERVER_MODE, env })
    const countedNow = async () => Number((await sql.query("select coalesce(sum(clicks), 0)::int as n from social_share_click_batch")).rows[0].n)
    // What Redis kept is taken up by the once-a-minute flush job (the worker's, or the restarted
    // shared process'), a batch claimed by the killed process included once its claim expires
    // (15 s). No click reaches the restarted server, so its own flush timer never starts: the job
    // does it, up to 60 s after the restart. The count must stay unchanged for longer than that before the wait gives up.
    const deadline = Date.now() + 180_000
    let counted = await countedNow()
    let stableSince = Date.now()
    while (Date.now() < deadline && counted < clicksAnswered) {
      await sleep(1000)
      const next = await countedNow()
      if (next !== counted) stableSince = Date.now()
      counted = next
      if (Date.now() - stableSince > 75_000) break
    }

    const all = (s) => s.latencies
    const healthP99 = percentile(all(runs.health), 99)
    const figures = {
      description:
        "Requests per second and latency of /s/:code (10,000 links, 1,000 user agents incl. 3% previewers, a client address per request, 1% unknown codes, Redis click buffer) on a production server (medusa build + medusa start, Redis modules), over the whole run; then clicks lost when the server is killed with SIGKILL mid-burst.",
      baseline: "Medusa's own /health on the same server, same connections, in alternating rounds of the same run.",
      headline: ["ratio_vs_health", "p99_ms", "lost_clicks"],
      targets: { ratio_vs_health: ">= 0.8", p99_ms: "<= 1.5 * health_p99_ms", lost_clicks: "= 0", failed_requests: "= 0" },
      server: `bench/redis-app: built plugin, medusa build + medusa start, NODE_ENV=production, ${SHARED ? "one shared-mode process" : "a server and a worker process"}, Redis event bus/workflow engine/cache/locking and click buffer`,
      database: pg ? "embedded PostgreSQL" : `PostgreSQL at ${process.env.DB_HOST}`,
      duration_s_each: DURATION,
      connections: CONNECTIONS,
      links: codes.length,
      products: PRODUCTS,
      user_agents: agents.length,
      previewer_agents_share: Math.round(crawlerShare * 1000) / 1000,
      req_per_s: Math.round(runs.share.requests / runs.share.seconds),
      health_req_per_s: Math.round(runs.health.requests / runs.health.seconds),
      ratio_vs_health: Math.round((runs.share.requests / runs.health.requests) * 100) / 100,
      p50_ms: percentile(all(runs.share), 50),
      p99_ms: percentile(all(runs.share), 99),
      max_ms: Math.max(...all(runs.share)),
      health_p50_ms: percentile(all(runs.health), 50),
      health_p99_ms: healthP99,
      answers: runs.share.status,
      failed_requests: runs.share.errors + Object.entries(runs.share.status).filter(([s]) => ![302, 200, 404].includes(Number(s))).reduce((n, [, c]) => n + c, 0),
      clicks_answered: clicksAnswered,
      clicks_answered_before_kill: answeredBeforeKill,
      clicks_counted: counted,
      lost_clicks: Math.max(0, clicksAnswered - counted),
      // Clicks buffered by the killed server whose answer never left it (counted, not answered).
      counted_not_answered: Math.max(0, counted - clicksAnswered),
    }
    report("share-redirect", figures)
  } finally {
    if (server) await server.stop()
    if (worker) await worker.stop()
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
