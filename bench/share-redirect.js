// `npm run bench -- share-redirect`: loopback load on /s/:code (a person's click: lookup, visitor
// key, buffered click, 302) against Medusa's own /health on the same production server
// (playground/ with the BUILT plugin, `medusa start`), in the same run. Then checks that every
// click answered was counted after the flush (lost_clicks), and that clicks still in the buffer
// when the server is stopped are flushed on shutdown (lost_clicks_on_shutdown).
//
// Two connection counts are measured in the same rounds, interleaved:
// - the top-level req_per_s, ratio_vs_health, p50_ms, p99_ms and health_p99_ms are at
//   autocannon's default of 10 connections (BENCH_CONNECTIONS changes it);
// - `at_20_connections` holds the same figures at 20 connections (the load this benchmark used
//   first; BENCH_CONNECTIONS_HIGH changes it). At 20 connections on 2 cores the queue alone adds
//   latency: compare its p99_ms with its health_p99_ms, measured beside it.
// BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server process(es) there on shutdown.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const autocannon = require("autocannon")
const { report } = require("./_report")
const { startEmbeddedPostgres } = require("../scripts/lib/embedded-pg")
const { buildPlugin, migrate, createAdminUser, startPlayground } = require("../scripts/lib/playground")

const DURATION = Number(process.env.BENCH_DURATION ?? 20)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const CONNECTIONS_HIGH = Number(process.env.BENCH_CONNECTIONS_HIGH ?? 20)
const PERSON = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
const EMAIL = "admin@bench.test"
const PASSWORD = "bench-password-1"

function cannon(url, duration, headers = {}, connections = CONNECTIONS) {
  return new Promise((resolve, reject) => {
    autocannon({ url, duration, connections, headers, excludeErrorStats: false }, (err, result) =>
      err ? reject(err) : resolve(result)
    )
  })
}

/**
 * CPU time (ms) used so far by the server: every process of its process group (medusa start and
 * any child). Unlike wall-clock figures this hardly moves with other load on the machine, so
 * the CPU cost of a request is comparable across runs.
 */
function serverCpuMs(pgid) {
  const tick = 1000 / 100 // USER_HZ is 100 on Linux
  let total = 0
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      // fields[2] is pgrp, [11] utime, [12] stime (man 5 proc, counted from field 3 "state")
      if (Number(fields[2]) === pgid) {
        total += (Number(fields[11]) + Number(fields[12])) * tick
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return total
}

async function json(base, pathname, init = {}) {
  const res = await fetch(`${base}${pathname}`, init)
  const body = await res.json().catch(() => null)
  if (!res.ok) {
    throw new Error(`${init.method ?? "GET"} ${pathname}: ${res.status} ${JSON.stringify(body)}`)
  }
  return body
}

/** An admin token, a publishable key and a published product with a price in the default currency. */
async function fixtures(base) {
  const { token } = await json(base, "/auth/user/emailpass", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  })
  const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const { stores } = await json(base, "/admin/stores", { headers: admin })
  await json(base, `/admin/stores/${stores[0].id}`, {
    method: "POST",
    headers: admin,
    body: JSON.stringify({ supported_currencies: [{ currency_code: "eur", is_default: true }] }),
  })
  // A storefront's key is tied to its sales channel, and the product is sold there.
  const { sales_channel } = await json(base, "/admin/sales-channels", {
    method: "POST",
    headers: admin,
    body: JSON.stringify({ name: "Bench storefront" }),
  })
  const { api_key } = await json(base, "/admin/api-keys", {
    method: "POST",
    headers: admin,
    body: JSON.stringify({ title: "bench", type: "publishable" }),
  })
  await json(base, `/admin/api-keys/${api_key.id}/sales-channels`, {
    method: "POST",
    headers: admin,
    body: JSON.stringify({ add: [sales_channel.id] }),
  })
  const { product } = await json(base, "/admin/products", {
    method: "POST",
    headers: admin,
    body: JSON.stringify({
      title: "Bench Tee",
      status: "published",
      sales_channels: [{ id: sales_channel.id }],
      options: [{ title: "Size", values: ["M"] }],
      variants: [{ title: "M", options: { Size: "M" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 20 }] }],
    }),
  })
  const { share } = await json(base, `/store/social/products/${product.id}/share`, {
    headers: { "x-publishable-api-key": api_key.token, "user-agent": "bench-setup" },
  })
  const link = share.links.find((l) => l.network === "x")
  return { admin, product, link }
}

async function countedClicks(base, admin, linkId) {
  const { share_links } = await json(base, `/admin/social/share-links?network=x`, { headers: admin })
  return share_links.find((l) => l.id === linkId || l.code === linkId)?.clicks ?? 0
}

/** Polls the admin API until the count reaches `expected` or stops moving. */
async function waitForCount(base, admin, code, expected, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  let counted = 0
  while (Date.now() < deadline) {
    counted = await countedClicks(base, admin, code)
    if (counted >= expected) {
      break
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return counted
}

async function main() {
  const dataDir = path.join(os.tmpdir(), `social-bench-pg-${process.pid}`, "data")
  const pg = process.env.DB_HOST ? null : await startEmbeddedPostgres({ dataDir, persistent: false })
  const db = `social_bench_${process.pid}`
  const databaseUrl = pg
    ? pg.url(db)
    : `postgres://${process.env.DB_USERNAME ?? "postgres"}:${process.env.DB_PASSWORD ?? ""}@${process.env.DB_HOST}:${process.env.DB_PORT ?? 5432}/${db}`
  let server = null
  try {
    if (pg) {
      await pg.createDatabase(db)
    }
    console.log("[bench] plugin:build, migrate, start the playground (medusa start, NODE_ENV=production)")
    await buildPlugin()
    await migrate(databaseUrl)
    await createAdminUser(databaseUrl, EMAIL, PASSWORD)
    // BENCH_REDIS_URL=redis://127.0.0.1:6379 runs the server with Redis (event bus, cache, locking,
    // workflow engine and the click buffer), as a store that outgrew one process does.
    const env = { ADMIN_DISABLED: "true", ...(process.env.BENCH_REDIS_URL ? { REDIS_URL: process.env.BENCH_REDIS_URL } : {}) }
    const nodeArgs = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : []
    server = await startPlayground({ databaseUrl, env, nodeArgs })
    const base = server.url
    const { admin, link } = await fixtures(base)
    const shortUrl = `${base}/s/${link.code}`
    const check = await fetch(shortUrl, { redirect: "manual", headers: { "user-agent": PERSON } })
    if (check.status !== 302) {
      throw new Error(`/s/:code answered ${check.status}, expected 302`)
    }
    let sent = 1

    // Health and share runs alternate in short rounds, at both connection counts, so that load
    // from other processes on the machine falls on all alike; the ratios compare the totals.
    const ROUNDS = 4
    const slice = DURATION / ROUNDS
    const levels = [CONNECTIONS, CONNECTIONS_HIGH]
    console.log(
      `[bench] warm-up 3 s each, then ${ROUNDS} rounds of ${slice} s /health + ${slice} s /s/:code at ${levels.join(" and ")} connections`
    )
    await cannon(`${base}/health`, 3)
    const warm = await cannon(shortUrl, 3, { "user-agent": PERSON })
    sent += warm.requests.sent
    const runs = Object.fromEntries(levels.map((c) => [c, { health: [], redirect: [] }]))
    const cpu = { health: 0, redirect: 0 }
    const measured = async (kind, run) => {
      const before = serverCpuMs(server.pid)
      const result = await run()
      cpu[kind] += serverCpuMs(server.pid) - before
      return result
    }
    for (let i = 0; i < ROUNDS; i++) {
      for (const c of levels) {
        runs[c].health.push(await measured("health", () => cannon(`${base}/health`, slice, {}, c)))
        runs[c].redirect.push(await measured("redirect", () => cannon(shortUrl, slice, { "user-agent": PERSON }, c)))
      }
    }
    const all = levels.flatMap((c) => runs[c].redirect)
    // `sent` includes requests still in flight when a round ended: the server answers (and
    // counts) them after autocannon stopped listening.
    sent += all.reduce((n, r) => n + r.requests.sent, 0)
    const total = (rs) => rs.reduce((n, r) => n + r.requests.total, 0)
    const failed = all.reduce((n, r) => n + r.errors + r.timeouts + (r.non2xx - r["3xx"]), 0)
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    const figuresAt = ({ health, redirect }) => ({
      req_per_s: Math.round(total(redirect) / DURATION),
      health_req_per_s: Math.round(total(health) / DURATION),
      ratio_vs_health: Math.round((total(redirect) / total(health)) * 100) / 100,
      p50_ms: median(redirect.map((r) => r.latency.p50)),
      p99_ms: median(redirect.map((r) => r.latency.p99)),
      p99_ms_worst_round: Math.max(...redirect.map((r) => r.latency.p99)),
      health_p99_ms: median(health.map((r) => r.latency.p99)),
    })

    // The flush runs every shareClickFlushIntervalMs (5 s by default) in the server process.
    const counted = await waitForCount(base, admin, link.code, sent, 30_000)

    // Shutdown: clicks still buffered when the server stops are flushed by the module's
    // onApplicationPrepareShutdown hook. Send a burst and stop at once, before the timer runs.
    const burst = 300
    await Promise.all(
      Array.from({ length: burst }, () => fetch(shortUrl, { redirect: "manual", headers: { "user-agent": PERSON } }))
    )
    await server.stop()
    server = await startPlayground({ databaseUrl, env })
    const afterRestart = await countedClicks(server.url, admin, link.code)

    const figures = {
      server: `playground (built plugin), medusa start, NODE_ENV=production, ${pg ? "embedded" : "external"} PostgreSQL, ${process.env.BENCH_REDIS_URL ? "Redis" : "memory"} click buffer`,
      duration_s: DURATION,
      connections: CONNECTIONS,
      load_average_1m: Math.round(os.loadavg()[0] * 10) / 10,
      ...figuresAt(runs[CONNECTIONS]),
      [`at_${CONNECTIONS_HIGH}_connections`]: figuresAt(runs[CONNECTIONS_HIGH]),
      // Server CPU per answered request, all rounds: the least noisy figure on a shared machine.
      cpu_us_per_request: Math.round((cpu.redirect * 1000) / total(all)),
      health_cpu_us_per_request: Math.round((cpu.health * 1000) / total(levels.flatMap((c) => runs[c].health))),
      failed_requests: failed,
      clicks_sent: sent,
      clicks_counted: counted,
      lost_clicks: sent - counted,
      shutdown_burst: burst,
      lost_clicks_on_shutdown: counted + burst - afterRestart,
      targets: { ratio_vs_health: ">= 0.8", p99_ms: "<= 25", lost_clicks: 0 },
    }
    report("share-redirect", figures)
  } finally {
    if (server) {
      await server.stop()
    }
    if (pg) {
      await pg.stop()
    }
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
