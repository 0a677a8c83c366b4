// `npm run bench -- publishing`: the shop's scheduled posts published by two worker processes, one
// of them killed by SIGKILL mid-run, to the platforms' contract servers (Facebook Page posts and X
// posts, integration-tests/contract-servers/publish-*.ts, which record every request they get).
//
// The app (bench/redis-app) installs the BUILT plugin, is built with `medusa build` and runs with
// `medusa start`, NODE_ENV=production: two processes in worker mode on Redis (event bus, workflow
// engine, cache, locking: one run of the scheduled job per interval across both) and PostgreSQL.
//
// Time is compressed, and the figures say so: BENCH_PUBLISHING_MINUTE_S seconds (default 6) stand
// for a minute. The posts (BENCH_PUBLISHING_POSTS, default 10,000, over 50 accounts, half Facebook
// Pages and half X accounts) fall due evenly, 100 each such "minute"; the publishing job runs every
// half "minute" (SOCIAL_PUBLISH_INTERVAL_SECONDS, which the job reads for this purpose only) and a
// claimed post's lease is five "minutes" (SOCIAL_PUBLISH_LEASE_SECONDS). A store runs the job every
// 30 seconds with a five-minute lease; a compressed run asks more of the publisher, not less (the same
// work in a tenth of the time), but its lateness is in compressed time: `late_p99_minutes` gives it
// in those "minutes".
//
//   due_pick_ms        the publisher's claim of the due posts (claimDuePosts, the statement each
//                      run repeats) with 100 due and 10,000 or 100,000 posts stored (half published,
//                      half scheduled later), p50 of 20: finding due posts must cost what is due,
//                      not what is stored (the plan is reported: a partial index on due rows)
//   late_p99_s         p99 of published_at - scheduled_at over every post (published_at: once the
//                      platform answered); target <= 60 s
//   duplicate_posts    publish requests the platforms received beyond one per post (a second send
//                      of the same post, accepted or refused as duplicate content): 0
//   lost_posts         posts no platform received by the end (the killed worker's included): 0
//   in_flight_at_kill  the killed worker's publish calls sent and not yet answered when it was
//                      killed: the platforms answer publish calls after BENCH_PUBLISHING_ANSWER_MS
//                      (default 150 ms of real time, compressed like the minute: 15 ms at a 6 s
//                      "minute"; each worker talks to them through its own proxy, which
//                      counts them), and the kill waits, from halfway, until the worker has
//                      BENCH_PUBLISHING_KILL_IN_FLIGHT (default 2) pending. Those posts are on the
//                      platform with their answers lost: the take-over must find them, not post again.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { report, percentile } = require("./_report")
const { ensureDatabaseEnv, databaseUrl, adminSql } = require("../scripts/lib/embedded-pg")
const { buildApp, claimRedisDb, prepareDatabase, exec, startApp } = require("./lib/redis-app")
const { startAnswerDelayProxy } = require("./lib/answer-delay-proxy")

const N = Number(process.env.BENCH_PUBLISHING_POSTS ?? 10_000)
const ACCOUNTS = 50
const PER_MINUTE = 100
const MINUTE_S = Number(process.env.BENCH_PUBLISHING_MINUTE_S ?? 6)
const LEASE_S = 5 * MINUTE_S
const PICK_SIZES = [10_000, 100_000]
// A platform's answer in 150 ms of real time, compressed like the minute: at 10x (a 6 s minute) a
// 150 ms answer would let one worker publish only 4 lanes / 0.15 s while posts fall due ten times
// faster than in a real minute, a slowness no real store meets.
const ANSWER_MS = Number(process.env.BENCH_PUBLISHING_ANSWER_MS ?? Math.round((150 * MINUTE_S) / 60))
const KILL_IN_FLIGHT = Number(process.env.BENCH_PUBLISHING_KILL_IN_FLIGHT ?? 2)
const TOKENS = { page: "bench-page-token", instagram: "bench-ig-token", x: "bench-x-token" }
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d

async function main() {
  require("./lib/ts-hook")
  const { startGraphContract } = require("../integration-tests/contract-servers/publish-graph")
  const { startXContract } = require("../integration-tests/contract-servers/publish-x")
  const redis = await claimRedisDb()
  const pg = await ensureDatabaseEnv("bench-publishing")
  const db = `social_bench_publishing_${process.pid}`
  const pickDb = `${db}_pick`
  const [graph, x] = await Promise.all([startGraphContract({ page: TOKENS.page, instagram: TOKENS.instagram }), startXContract(TOKENS.x)])
  // One pair of answer-delaying proxies per worker: each counts its own worker's pending publishes.
  const proxies = await Promise.all([0, 1].map(async () => ({ graph: await startAnswerDelayProxy(graph.url, ANSWER_MS), x: await startAnswerDelayProxy(x.url, ANSWER_MS) })))
  const endpointsOf = (i) => ({ BENCH_PUBLISH_ENDPOINTS: JSON.stringify({ graph: proxies[i].graph.url, x: proxies[i].x.url }) })
  const pendingOf = (i) => proxies[i].graph.inFlight() + proxies[i].x.inFlight()
  const env = {
    DATABASE_URL: databaseUrl(db),
    REDIS_URL: redis.url,
    BENCH_PUBLISH_ENDPOINTS: JSON.stringify({ graph: graph.url, x: x.url }),
    SOCIAL_PUBLISH_INTERVAL_SECONDS: String(MINUTE_S / 2),
    SOCIAL_PUBLISH_LEASE_SECONDS: String(LEASE_S),
  }
  const { Client } = require("@medusajs/framework/pg")
  const sql = new Client({ connectionString: databaseUrl(db) })
  const q = async (text, params) => (await sql.query(text, params)).rows
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "social-bench-publishing-"))
  const workers = []
  const loadAtStart = os.loadavg().map((l) => round(l))
  try {
    console.log("[bench] npm run build (plugin), medusa build (app), migrate, seed")
    await buildApp()
    console.log(`[bench] database ${await prepareDatabase(db, env)}`)
    await exec(path.join(__dirname, "lib", "publishing-seed.js"), [path.join(tmp, "seed.json"), String(ACCOUNTS), String(N), TOKENS.page, TOKENS.x], { ...env, MEDUSA_WORKER_MODE: "server" })
    await sql.connect()
    workers.push(await startApp({ name: "worker 1", mode: "worker", env: { ...env, ...endpointsOf(0) } }), await startApp({ name: "worker 2", mode: "worker", env: { ...env, ...endpointsOf(1) } }))

    // The schedule starts two "minutes" from now: 100 posts fall due each "minute", evenly spread.
    const start = Date.now() + 2 * MINUTE_S * 1000
    await q(
      `UPDATE social_publish_post SET scheduled_at = to_timestamp($1 / 1000.0) + (substring(id from 12)::int * $2::float8 / $3::float8) * interval '1 second'
       WHERE id LIKE 'spst_bench_%'`,
      [start, MINUTE_S, PER_MINUTE]
    )
    const scheduleEnd = start + (N / PER_MINUTE) * MINUTE_S * 1000
    console.log(`[bench] ${N} posts due from ${new Date(start).toISOString()} to ${new Date(scheduleEnd).toISOString()} (a "minute" is ${MINUTE_S} s)`)

    // Worker 1 is killed from halfway through the schedule, once it has KILL_IN_FLIGHT publish
    // calls sent and unanswered (or, failing that, when the last post falls due). With Redis one
    // worker runs each job interval, so worker 1 may wait a run or two before it has any.
    const killAt = start + (scheduleEnd - start) / 2
    const killBy = scheduleEnd
    await sleep(Math.max(0, killAt - Date.now()))
    while (pendingOf(0) < KILL_IN_FLIGHT && Date.now() < killBy) await sleep(5)
    const inFlightAtKill = pendingOf(0)
    const [before] = await q(`SELECT count(*) FILTER (WHERE status = 'published')::int AS published, count(*) FILTER (WHERE status = 'publishing')::int AS publishing FROM social_publish_post`)
    console.log(`[bench] SIGKILL worker 1 (${inFlightAtKill} publish calls in flight; ${before.published} published, ${before.publishing} being published)`)
    await workers[0].kill()

    // Until every post is published, or long after the last one is due (a lease, then a few runs).
    const deadline = scheduleEnd + (LEASE_S + 10 * MINUTE_S) * 1000 + 60_000
    let counts
    for (;;) {
      ;[counts] = await q(`SELECT status, count(*)::int AS n FROM social_publish_post GROUP BY status`).then((rows) => [Object.fromEntries(rows.map((r) => [r.status, r.n]))])
      if ((counts.published ?? 0) >= N || Date.now() > deadline) break
      await sleep(1000)
    }
    const runEnd = Date.now()
    const lateness = (await q(`SELECT extract(epoch FROM published_at - scheduled_at) AS late FROM social_publish_post WHERE status = 'published'`)).map((r) => Number(r.late))

    // What the platforms received: every publish request, by post (its text names it).
    const sends = new Map()
    for (const r of [...graph.received, ...x.received]) {
      if (r.method !== "POST") continue
      const m = /Bench post (\d+) /.exec(String(r.body?.message ?? r.body?.text ?? ""))
      if (m) sends.set(m[1], (sends.get(m[1]) ?? 0) + 1)
    }
    const requests = [...sends.values()].reduce((a, b) => a + b, 0)
    for (const w of workers) await w.stop()
    workers.length = 0

    console.log("[bench] due pick at 10,000 and 100,000 stored")
    await prepareDatabase(pickDb, { ...env, DATABASE_URL: databaseUrl(pickDb) })
    const pickOut = path.join(tmp, "pick.json")
    await exec(path.join(__dirname, "lib", "publishing-pick.js"), [pickOut, String(PER_MINUTE), "20", ...PICK_SIZES.map(String)], { ...env, DATABASE_URL: databaseUrl(pickDb), MEDUSA_WORKER_MODE: "server" })
    const picks = JSON.parse(fs.readFileSync(pickOut, "utf8"))

    report("publishing", {
      description:
        "Scheduled posts published by two `medusa start` worker processes (one killed by SIGKILL halfway) to the platforms' contract servers: how late each post went out after its scheduled time, whether any went out twice or never, and what finding the due posts costs as the table grows. Time is compressed: a \"minute\" lasts minute_s seconds, the job runs every \"minute\" and a claim's lease is five \"minutes\".",
      baseline: null,
      headline: ["due_pick_ms", "late_p99_s", "duplicate_posts", "lost_posts"],
      targets: { late_p99_s: "<= 60", duplicate_posts: "= 0", lost_posts: "= 0", "due_pick_ms.stored_100000": "<= 2 * due_pick_ms.stored_10000" },
      app: "bench/redis-app: built plugin, medusa build + medusa start, NODE_ENV=production, 2 workers (MEDUSA_WORKER_MODE=worker), Redis event bus/workflow engine/cache/locking",
      load_average_at_start: loadAtStart,
      load_average_at_end: os.loadavg().map((l) => round(l)),
      posts: N,
      accounts: ACCOUNTS,
      due_per_minute: PER_MINUTE,
      minute_s: MINUTE_S,
      lease_s: LEASE_S,
      due_pick_ms: Object.fromEntries(picks.map((p) => [`stored_${p.stored}`, p.p50_ms])),
      due_pick: picks,
      late_p50_s: round(percentile(lateness, 50)),
      late_p99_s: round(percentile(lateness, 99)),
      late_max_s: round(Math.max(...lateness)),
      late_p99_minutes: round(percentile(lateness, 99) / MINUTE_S, 2),
      published: counts.published ?? 0,
      statuses: counts,
      killed_worker_at_published: before.published,
      killed_worker_in_flight: before.publishing,
      in_flight_at_kill: inFlightAtKill,
      answer_delay_ms: ANSWER_MS,
      publish_requests: requests,
      duplicate_posts: requests - sends.size,
      lost_posts: N - sends.size,
      run_s: round((runEnd - start) / 1000),
      schedule_s: round((scheduleEnd - start) / 1000),
    })
  } finally {
    for (const w of workers) await w.stop()
    await sql.end().catch(() => undefined)
    await Promise.all([graph.close(), x.close(), ...proxies.flatMap((p) => [p.graph.close(), p.x.close()])])
    await redis.release()
    for (const name of [db, pickDb]) await adminSql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined)
    if (pg) await pg.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
