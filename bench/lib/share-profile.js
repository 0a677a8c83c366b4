// `node bench/lib/share-profile.js`: where the server's CPU goes under the share-redirect
// benchmark's load (diagnostics, not a benchmark: no targets, no result file). The same app,
// seed and requests as bench/share-redirect.js; the server and the worker run with `--cpu-prof`,
// /health and /s/:code alternate in rounds, and each round's CPU time of both processes is read
// from /proc. Then both processes stop (SIGTERM: the profiles are written on exit) and the
// server's profile is summarised per kind of round: CPU per request, self time by package and
// function, inclusive time of the plugin's functions.
//
// BENCH_DURATION (s per kind, default 20), BENCH_CONNECTIONS (default 10), BENCH_CPU_PROF (the
// directory for the .cpuprofile files, default a temporary one), BENCH_TOP (lines, default 25),
// BENCH_KEEP_DB=<name>: seed database <name> once and keep it (with its link codes beside the
// profiles) so that later runs start at once; drop it by hand when done.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const autocannon = require("autocannon")
const { ensureDatabaseEnv, databaseUrl, adminSql } = require("../../scripts/lib/embedded-pg")
const { buildApp, claimRedisDb, prepareDatabase, exec, startApp, waitForEventsIdle } = require("./redis-app")
const { userAgents } = require("./user-agents")
const { summarise, top } = require("./cpu-profile-summary")

const DURATION = Number(process.env.BENCH_DURATION ?? 20)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const TOP = Number(process.env.BENCH_TOP ?? 25)
const ROUNDS = 4
const TICK_MS = 1000 / 100 // USER_HZ

/** User + system CPU time of a process so far (ms). */
function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS
}
const nowUs = () => Number(process.hrtime.bigint() / 1000n)

async function main() {
  const profDir = path.resolve(process.env.BENCH_CPU_PROF ?? fs.mkdtempSync(path.join(os.tmpdir(), "social-share-prof-")))
  fs.mkdirSync(profDir, { recursive: true })
  process.env.BENCH_CPU_PROF = profDir
  const redis = await claimRedisDb()
  const pg = await ensureDatabaseEnv("share-profile")
  const keep = process.env.BENCH_KEEP_DB
  const db = keep ?? `social_share_profile_${process.pid}`
  const codesFile = path.join(profDir, "..", `${db}.links.json`)
  const env = { DATABASE_URL: databaseUrl(db), REDIS_URL: redis.url }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "social-share-profile-"))
  let server = null
  let worker = null
  try {
    await buildApp()
    if (!keep || !fs.existsSync(codesFile)) {
      await prepareDatabase(db, env)
      await exec(path.resolve(__dirname, "..", "..", "integration-tests", "multiprocess", "seed.js"), [path.join(tmp, "shop.json")], env)
      await exec(path.join(__dirname, "share-links-seed.js"), [path.join(tmp, "links.json"), "100", "10000"], env)
      fs.copyFileSync(path.join(tmp, "links.json"), codesFile)
    }
    const { codes } = JSON.parse(fs.readFileSync(codesFile, "utf8"))
    const { Client } = require("@medusajs/framework/pg")
    const sql = new Client({ connectionString: databaseUrl(db) })
    await sql.connect()
    // What the app's connections run, sampled: the statement each busy connection is in.
    const statements = { health: new Map(), share: new Map() }
    let sampling = null
    const sampler = setInterval(async () => {
      if (!sampling) return
      const map = statements[sampling]
      const rows = (await sql.query("select query from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and state = 'active'", [db]).catch(() => ({ rows: [] }))).rows
      for (const r of rows) {
        const q = r.query.replace(/\s+/g, " ").replace(/\$\d+(, \$\d+)*/g, "$n").slice(0, 140)
        map.set(q, (map.get(q) ?? 0) + 1)
      }
    }, 20)
    server = await startApp({ name: "server", mode: "server", env })
    worker = await startApp({ name: "worker", mode: "worker", env })
    console.log(`[bench] the seed's events handled after ${await waitForEventsIdle(redis.client)} ms`)
    const agents = userAgents(1000)
    let seq = 0
    const setupRequest = (req) => {
      const n = seq++
      const code = Math.random() < 0.01 ? `Zz${(n % 500).toString().padStart(8, "0")}` : codes[Math.floor(Math.random() * codes.length)]
      const ip = Math.floor(Math.random() * 65536)
      return {
        ...req,
        path: `/s/${code}`,
        headers: { "user-agent": agents[Math.floor(Math.random() * agents.length)], "x-forwarded-for": `10.${ip >> 8}.${ip & 255}.${1 + (n % 250)}` },
      }
    }
    const run = (opts, seconds) =>
      new Promise((resolve, reject) => autocannon({ connections: CONNECTIONS, duration: seconds, ...opts }, (e, r) => (e ? reject(e) : resolve(r))))
    const kinds = {
      health: { opts: { url: `${server.url}/health` } },
      share: { opts: { url: server.url, requests: [{ method: "GET", setupRequest }] } },
    }
    for (const k of Object.values(kinds)) Object.assign(k, { requests: 0, seconds: 0, server_ms: 0, worker_ms: 0, p99: [], windows: [] })
    await run(kinds.health.opts, 3)
    await run(kinds.share.opts, 5)
    for (let i = 0; i < ROUNDS; i++) {
      for (const name of ["health", "share"]) {
        const k = kinds[name]
        const [s0, w0, t0] = [cpuMs(server.pid), cpuMs(worker.pid), nowUs()]
        sampling = name
        const r = await run(k.opts, DURATION / ROUNDS)
        sampling = null
        const [s1, w1, t1] = [cpuMs(server.pid), cpuMs(worker.pid), nowUs()]
        k.windows.push({ from: t0, to: t1 })
        k.requests += r.requests.total
        k.seconds += (t1 - t0) / 1e6
        k.server_ms += s1 - s0
        k.worker_ms += w1 - w0
        k.p99.push(r.latency.p99)
      }
    }
    clearInterval(sampler)
    await sql.end()
    for (const [name, map] of Object.entries(statements)) {
      console.log(`\n== statements busy during ${name} (samples every 20 ms):`)
      for (const [q, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${String(n).padStart(6)}  ${q}`)
    }
    await server.stop()
    await worker.stop()
    const pids = { server: server.pid, worker: worker.pid }
    server = worker = null
    const files = fs.readdirSync(profDir).filter((f) => f.endsWith(".cpuprofile"))
    const profileOf = (pid) => {
      const f = files.find((f) => f.split(".")[3] === String(pid))
      return f ? JSON.parse(fs.readFileSync(path.join(profDir, f), "utf8")) : null
    }
    for (const [name, k] of Object.entries(kinds)) {
      console.log(
        `\n== ${name}: ${Math.round(k.requests / k.seconds)} req/s, p99 of rounds ${k.p99.join("/")} ms; CPU per request: server ${(k.server_ms / k.requests).toFixed(3)} ms, worker ${(k.worker_ms / k.requests).toFixed(3)} ms`
      )
    }
    for (const proc of ["server", "worker"]) {
      const profile = profileOf(pids[proc])
      if (!profile) {
        console.log(`\n(no profile of the ${proc} in ${profDir})`)
        continue
      }
      for (const [name, k] of Object.entries(kinds)) {
        const s = summarise(profile, k.windows)
        const per = (ms) => `${((ms / k.requests) * 1000).toFixed(1)} µs/req`
        console.log(`\n-- ${proc} during ${name}: ${s.total_ms.toFixed(0)} ms busy (${per(s.total_ms)}), ${s.idle_ms.toFixed(0)} ms idle`)
        console.log("by package (self):\n" + top(s.byBucket, 15, s.total_ms).join("\n"))
        console.log("by function (self):\n" + top(s.bySelf, TOP, s.total_ms).join("\n"))
        if (proc === "server" && name === "share") {
          const plugin = new Map([...s.byInclusive].filter(([key]) => / plugin:/.test(key)))
          console.log("plugin functions (inclusive):\n" + top(plugin, TOP, s.total_ms).join("\n"))
          const all = new Map([...s.byInclusive].filter(([key]) => !/^\(root\)/.test(key)))
          console.log("all functions (inclusive):\n" + top(all, TOP * 2, s.total_ms).join("\n"))
        }
      }
    }
    console.log(`\nprofiles: ${profDir}`)
  } finally {
    if (server) await server.stop()
    if (worker) await worker.stop()
    await redis.release()
    if (!keep) await adminSql(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).catch(() => undefined)
    if (pg) await pg.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
