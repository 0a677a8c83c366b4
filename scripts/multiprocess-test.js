#!/usr/bin/env node
// Several processes on Redis: the built plugin in integration-tests/multiprocess/ (Medusa's Redis
// event bus, workflow engine, cache and locking) started as two servers and workers
// (MEDUSA_WORKER_MODE=server / worker, `medusa start`) on a real Redis and PostgreSQL, checked for
// what a store running at scale relies on:
//   - a click storm over both servers with one killed by SIGKILL mid-storm: every click answered
//     with a 302 is counted (the Redis click buffer and its Lua claim script);
//   - the same order.placed, social.review.approved and social.share.clicked delivered 10 times
//     over the Redis event bus to two workers: no second grant, attribution or conversion event;
//   - one card render per content hash when both servers get the first requests at once;
//   - a worker killed by SIGKILL in the middle of a catalog push: the other worker takes the run
//     over once its lease (a few seconds here) has expired, and Meta's contract server receives
//     each item once;
//   - the click buffer's Redis unreachable: /s/:code still redirects at once and the clicks are
//     kept in memory and counted, with one log line.
//
// Redis: REDIS_URL (default redis://127.0.0.1:6379), in a database number of its own (1-15, the
// first empty one, claimed with a marker key) so that parallel runs do not share queues or keys.
// The processes run with NODE_ENV=production, as a store does: the Meta contract servers'
// loopback host is allowed through catalogAllowedHosts and catalogPrivateHosts.
// PostgreSQL: an embedded one unless DB_HOST names one. Ends with "multiprocess: N passed, N failed".
"use strict"

const fs = require("fs")
const os = require("os")
const http = require("http")
const path = require("path")
const assert = require("assert/strict")
const { spawn } = require("child_process")
const { adminSql, databaseUrl, ensureDatabaseEnv, pickPort } = require("./lib/embedded-pg")
const { buildPlugin, runMedusa } = require("./lib/playground")
const { createChecks } = require("./lib/checks")
const { redisAnswers } = require("./lib/prerequisites")
const { claimRedisDb } = require("./lib/redis-db")

const ROOT = path.resolve(__dirname, "..")
const APP = path.join(ROOT, "integration-tests", "multiprocess")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** `medusa start` in the app, in its own process group; logs kept in memory. */
function startProcess(name, mode, port, env) {
  let logs = ""
  const child = spawn(MEDUSA, ["start"], {
    cwd: APP,
    env: { ...process.env, ...env, MEDUSA_WORKER_MODE: mode, PORT: String(port) },
    detached: true,
  })
  child.stdout.on("data", (d) => (logs += d))
  child.stderr.on("data", (d) => (logs += d))
  const exited = new Promise((r) => child.once("exit", r))
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig)
    } catch {
      // already gone
    }
  }
  return {
    name,
    pid: child.pid,
    url: `http://localhost:${port}`,
    logs: () => logs,
    alive: () => child.exitCode === null && child.signalCode === null,
    kill: async () => {
      signal("SIGKILL")
      await exited
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      signal("SIGTERM")
      const timer = setTimeout(() => signal("SIGKILL"), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
}

async function waitFor(fn, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  let last
  while (Date.now() < deadline) {
    try {
      last = await fn()
      if (last) return last
    } catch (e) {
      last = e.message
    }
    await sleep(300)
  }
  throw new Error(`timed out waiting for ${what}${last !== undefined ? ` (last: ${JSON.stringify(last)})` : ""}`)
}

// Workers answer /health too, once their modules, subscribers and jobs are loaded.
const waitHealthy = (p) =>
  waitFor(async () => {
    if (!p.alive()) throw new Error(`${p.name} exited:\n${p.logs().slice(-2000)}`)
    return (await fetch(`${p.url}/health`)).ok
  }, 180_000, `${p.name}'s /health`)
/** A JSON request; answers { status, headers, body }. */
async function call(base, method, route, { body, headers = {} } = {}) {
  const res = await fetch(`${base}${route}`, {
    method,
    redirect: "manual",
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let parsed = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON
  }
  if (res.status >= 400) {
    throw new Error(`${method} ${route} -> ${res.status} ${text.slice(0, 300)}`)
  }
  return { status: res.status, headers: res.headers, body: parsed }
}

/** A plain GET through node's http (keep-alive off) timed on the client; never throws. */
function timedGet(url, headers) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint()
    const req = http.get(url, { headers, agent: false }, (res) => {
      res.resume()
      res.on("end", () => resolve({ status: res.statusCode, location: res.headers.location, ms: Number(process.hrtime.bigint() - started) / 1e6 }))
    })
    req.on("error", (e) => resolve({ status: 0, error: e.code ?? e.message, ms: Number(process.hrtime.bigint() - started) / 1e6 }))
    req.setTimeout(10_000, () => req.destroy(new Error("timeout")))
  })
}

/** A local stand-in for Meta's Conversions API: accepts every event and counts them by event id. */
function startConversionSink() {
  const received = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (d) => (body += d))
    req.on("end", () => {
      try {
        for (const e of JSON.parse(body).data ?? []) received.push(e.event_id)
      } catch {
        // counted as nothing
      }
      res.writeHead(200, { "content-type": "application/json" })
      res.end(JSON.stringify({ events_received: 1, fbtrace_id: "multiprocess" }))
    })
  })
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}`, received, close: () => new Promise((r) => server.close(r)) })))
}

const firefox = (n) => `Mozilla/5.0 (X11; Linux x86_64; rv:${100 + (n % 50)}.0) Gecko/20100101 Firefox/${100 + (n % 50)}.${n}`
// A client network of its own per visitor (an IPv4 /24 each), as Medusa reads it behind one proxy.
const networkOf = (n) => `10.${(n >> 8) & 255}.${n & 255}.7`

/** The newest modification time of the files under `dir` (ms). */
function newestMtime(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/** Builds the plugin unless .medusa/server is newer than every source file (CI's consumer test built it). */
async function buildOnce() {
  const built = path.join(ROOT, ".medusa", "server", "src")
  if (fs.existsSync(built) && newestMtime(built) > Math.max(newestMtime(path.join(ROOT, "src")), fs.statSync(path.join(ROOT, "package.json")).mtimeMs)) {
    console.log("  (the plugin's build is current: not rebuilt)")
    return
  }
  await buildPlugin()
}

async function main() {
  const checks = createChecks("multiprocess")
  const check = checks.check
  checks.check = async (title, fn) => {
    const t0 = Date.now()
    await check(title, fn)
    console.log(`    (${Math.round((Date.now() - t0) / 1000)} s)`)
  }
  const baseRedis = process.env.REDIS_URL || "redis://127.0.0.1:6379"
  if (!(await redisAnswers(baseRedis))) {
    const why = `no Redis answers at ${baseRedis}`
    if (process.env.CI === "true") {
      console.log(`multiprocess test: FAILED — ${why} (CI needs it).`)
      console.log("multiprocess: 0 passed, 1 failed")
      process.exit(1)
    }
    console.log(`multiprocess test: SKIPPED — ${why}.`)
    console.log("multiprocess: 0 passed, 0 failed, 1 skipped")
    return
  }
  const started = Date.now()
  const redis = await claimRedisDb(baseRedis, { ttlSeconds: 900 })
  const pg = await ensureDatabaseEnv("multiprocess")
  const dbName = `social_multiprocess_${process.pid}`
  await adminSql(`CREATE DATABASE "${dbName}"`)
  const { Client } = require("@medusajs/framework/pg")
  const db = new Client({ connectionString: databaseUrl(dbName) })
  const sink = await startConversionSink()
  // Meta's Catalog Batch API contract server (integration-tests/contract-servers/meta.ts).
  require("../bench/lib/ts-hook")
  const { startMetaServer } = require("../integration-tests/contract-servers/meta")
  const meta = await startMetaServer({ catalogId: "cat_mp", token: "meta-token", pollsInProgress: 0 })
  const metaBatches = () => meta.received.filter((r) => r.method === "POST" && r.path.endsWith("/items_batch")).length
  // A second Meta catalog for the crash check: its batches stay "started" until the test lets them finish.
  const slowOptions = { catalogId: "cat_crash", token: "meta-token", pollsInProgress: 1_000_000 }
  const slowMeta = await startMetaServer(slowOptions)
  let syncRun = null
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "social-multiprocess-"))
  const env = {
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_ENV: "production",
    // The Meta contract servers listen on loopback: allowed, and trusted as private in production.
    SOCIAL_CATALOG_ALLOWED_HOSTS: "127.0.0.1",
    SOCIAL_CATALOG_PRIVATE_HOSTS: "127.0.0.1",
    SOCIAL_CATALOG_LEASE_SECONDS: "4",
    SOCIAL_CATALOG_RESUME_INTERVAL_MS: "2000",
    LOG_LEVEL: "info",
    DATABASE_URL: databaseUrl(dbName),
    REDIS_URL: redis.url,
    SOCIAL_META_ENDPOINT: sink.url,
    MALLOC_ARENA_MAX: "2",
  }
  const procs = []
  const q = async (sql, params) => (await db.query(sql, params)).rows
  try {
    console.log(`multiprocess test: Redis db ${redis.db}, building the plugin and migrating...`)
    await buildOnce()
    const cli = { cwd: APP, env: { ...env, MEDUSA_WORKER_MODE: "server" } }
    await runMedusa(["db:migrate"], cli)
    const shopFile = path.join(tmp, "shop.json")
    await runMedusa(["exec", "./seed.js", shopFile], cli)
    const shop = JSON.parse(fs.readFileSync(shopFile, "utf8"))
    await db.connect()

    const [portA, portB, portW1, portW2] = [await pickPort(), await pickPort(), await pickPort(), await pickPort()]
    const serverA = startProcess("server A", "server", portA, env)
    let serverB = startProcess("server B", "server", portB, env)
    const worker1 = startProcess("worker 1", "worker", portW1, env)
    const worker2 = startProcess("worker 2", "worker", portW2, env)
    procs.push(serverA, serverB, worker1, worker2)
    await Promise.all([serverA, serverB, worker1, worker2].map(waitHealthy))
    console.log(`  (two servers and two workers up after ${Math.round((Date.now() - started) / 1000)} s)`)

    const pk = { "x-publishable-api-key": shop.publishable_key }
    const login = async (actor, who) =>
      (await call(serverA.url, "POST", `/auth/${actor}/emailpass`, { body: { email: who.email, password: who.password } })).body.token
    const admin = { authorization: `Bearer ${await login("user", shop.admin)}` }
    const alice = { ...pk, authorization: `Bearer ${await login("customer", shop.customers.alice)}` }
    const bob = { ...pk, authorization: `Bearer ${await login("customer", shop.customers.bob)}` }
    const rule = (body) => call(serverA.url, "POST", "/admin/social/reward-rules", { headers: admin, body: { status: "active", ...body } })
    const shareRule = (await rule({ name: "Share", trigger: "share_visitors", trigger_config: { visitors: 3, within_hours: 48 }, reward: { type: "fixed", value: 5, currency_code: "eur" } })).body.reward_rule
    const reviewRule = (await rule({ name: "Review", trigger: "review_approved", reward: { type: "fixed", value: 5, currency_code: "eur" } })).body.reward_rule
    const bundle = (await call(serverA.url, "GET", `/store/social/products/${shop.product_id}/share`, { headers: alice })).body.share
    const link = bundle.links.find((l) => l.network === "whatsapp")
    const [linkRow] = await q("select id from social_share_link where code = $1", [link.code])
    const clicksCounted = async () => Number((await q("select coalesce(sum(clicks), 0) as n from social_share_click_batch where share_link_id = $1", [linkRow.id]))[0].n)

    await checks.check("a click storm over both servers, one killed by SIGKILL mid-storm: every click answered 302 is counted", async () => {
      const total = 400
      const killAt = 150
      let sent = 0
      let killed = null
      // refused: B was gone (connection refused); cut: B died with the request in flight (it may
      // have buffered that click before dying, so it may be counted though never answered).
      const answered = { A: 0, B: 0, refused: 0, cut: 0 }
      const worker = async () => {
        while (sent < total) {
          const n = sent++
          if (n === killAt) killed = serverB.kill()
          const onA = n % 2 === 0
          const res = await timedGet(`${onA ? serverA.url : serverB.url}/s/${link.code}`, { "user-agent": firefox(n), "x-forwarded-for": networkOf(n) })
          if (res.status === 302) answered[onA ? "A" : "B"]++
          else if (res.error === "ECONNREFUSED") answered.refused++
          else if (res.status === 0) answered.cut++
          else throw new Error(`click ${n} answered ${res.status}`)
        }
      }
      await Promise.all(Array.from({ length: 16 }, worker))
      await killed
      const ok = answered.A + answered.B
      console.log(`    302 from A: ${answered.A}, from B before its SIGKILL: ${answered.B}, cut by the kill: ${answered.cut}, refused after: ${answered.refused}`)
      assert.ok(answered.B > 0 && answered.refused > 0, "the kill did not land mid-storm")
      // Server A's flush timer (and the worker's job) take up what B left in Redis, including a
      // batch B had claimed when it died (its lock expires after 15 s).
      await waitFor(async () => (await clicksCounted()) >= ok, 90_000, `${ok} clicks counted`)
      await sleep(1500)
      const counted = await clicksCounted()
      console.log(`    counted: ${counted}`)
      assert.ok(counted <= ok + answered.cut, `${counted} clicks counted for ${ok} answered and ${answered.cut} cut by the kill`)
    })

    // B comes back with its click buffer pointed at a Redis that is not there (a closed port).
    const closedPort = await pickPort()
    serverB = startProcess("server B (click Redis unreachable)", "server", portB, {
      ...env,
      SOCIAL_CLICK_REDIS_URL: `redis://127.0.0.1:${closedPort}/0`,
    })
    procs.push(serverB)
    await waitHealthy(serverB)

    await checks.check("the click buffer's Redis unreachable: /s/:code still redirects at once, clicks kept in memory and counted, one log line", async () => {
      const before = await clicksCounted()
      const times = []
      for (let n = 0; n < 20; n++) {
        const res = await timedGet(`${serverB.url}/s/${link.code}`, { "user-agent": firefox(1000 + n), "x-forwarded-for": networkOf(1000 + n) })
        assert.equal(res.status, 302, `click ${n} answered ${res.status}`)
        times.push(res.ms)
      }
      times.sort((a, b) => a - b)
      const p50 = times[10]
      console.log(`    redirect times with the click Redis unreachable: p50 ${p50.toFixed(1)} ms, max ${times[19].toFixed(1)} ms (the first waits at most 250 ms for a first connection)`)
      assert.ok(p50 < 50, `p50 ${p50.toFixed(1)} ms is over 50 ms`)
      await waitFor(async () => (await clicksCounted()) >= before + 20, 30_000, "the 20 clicks counted")
      const lines = serverB.logs().split("\n").filter((l) => l.includes("[social] share clicks: Redis unreachable"))
      assert.equal(lines.length, 1, `expected one log line, got ${lines.length}:\n${lines.slice(0, 3).join("\n")}`)
      assert.ok(!/share click kept in memory/.test(serverB.logs()), "a log line per click")
    })

    await checks.check("one card render per content hash when both servers get the first requests at once", async () => {
      // Not the og card: the worker renders that one in the background when the product changes.
      const route = `/social/cards/${shop.product_id}/square.png`
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => timedGet(`${i % 2 ? serverB.url : serverA.url}${route}`, {})))
      const locations = new Set(answers.map((a) => a.location))
      assert.deepEqual(answers.map((a) => a.status), Array(8).fill(302))
      assert.equal(locations.size, 1, `different card URLs: ${[...locations].join(", ")}`)
      const hash = /\/social\/cards\/i\/([0-9a-f]+)\./.exec([...locations][0])?.[1]
      assert.ok(hash, `no hash in ${[...locations][0]}`)
      const renders = procs.map((p) => p.logs().split("\n").filter((l) => l.includes(`[social] card rendered: ${hash}`)).length)
      assert.equal(renders.reduce((a, b) => a + b, 0), 1, `rendered ${procs.map((p, i) => `${renders[i]} time(s) on ${p.name}`).join(", ")}`)
      assert.equal(Number((await q("select count(*) as n from social_card where hash = $1", [hash]))[0].n), 1)
      const bytes = await fetch(`${serverB.url}${[...locations][0]}`)
      assert.equal(bytes.status, 200)
      assert.equal(bytes.headers.get("content-type"), "image/png")
    })

    await checks.check("the same channel's sync asked on both servers at once runs once: every item reaches the platform once", async () => {
      {
        const channel = (
          await call(serverA.url, "POST", "/admin/social/channels", {
            headers: admin,
            body: {
              name: "Meta shop",
              destination: "meta",
              mode: "push",
              language: "en",
              country: "fr",
              currency_code: "eur",
              sales_channel_id: shop.sales_channel_id,
              credentials: { catalog_id: "cat_mp", access_token: "meta-token", api_base_url: meta.url },
            },
          })
        ).body.channel
        const asked = await Promise.all(
          [serverA, serverB].map((p) => call(p.url, "POST", `/admin/social/channels/${channel.id}/sync`, { headers: admin, body: {} }))
        )
        assert.deepEqual(asked.map((a) => a.status), [202, 202])
        const runs = await waitFor(async () => {
          const rows = (await call(serverA.url, "GET", `/admin/social/channels/${channel.id}/runs`, { headers: admin })).body.runs
          return rows.length && rows.every((r) => ["succeeded", "failed"].includes(r.status)) ? rows : null
        }, 90_000, "the channel's runs to end")
        const sent = meta.received
          .filter((r) => r.method === "POST" && r.path.endsWith("/items_batch"))
          .flatMap((r) => (r.body?.requests ?? []).map((x) => x.data?.id ?? x.data?.retailer_id))
        console.log(`    runs: ${runs.map((r) => `${r.id.slice(-6)} ${r.status}`).join(", ")}; items sent: ${JSON.stringify(sent)}`)
        assert.ok(runs.every((r) => r.status === "succeeded"), JSON.stringify(runs.map((r) => r.error ?? r.status)))
        assert.deepEqual(sent, [shop.variant_id], "each item sent once")
        assert.equal(new Set(asked.map((a) => a.body.run.id)).size, 1, `two runs were made: ${asked.map((a) => a.body.run.id).join(", ")}`)
        ;[syncRun] = await q("select id, finished_at from social_catalog_run where id = $1", [runs[0].id])
      }
    })
    await checks.check("order.placed, social.review.approved, social.share.clicked and a catalog sync request delivered 10 times to two workers: no second grant, attribution, conversion event or push", async () => {
      // Bob lands from Alice's link with ads consent, checks out on server B; the order event
      // reaches a worker through Redis.
      const touch = (await call(serverA.url, "POST", "/store/social/touches", { headers: pk, body: { sc: link.code, utm_source: "whatsapp", consent: "granted" } })).body
      const cart = (await call(serverB.url, "POST", "/store/carts", { headers: bob, body: { region_id: shop.region_id, email: shop.customers.bob.email, items: [{ variant_id: shop.variant_id, quantity: 1 }] } })).body.cart
      await call(serverB.url, "POST", "/store/social/touches/bind", { headers: { ...bob, "x-social-visitor-id": touch.visitor_id }, body: { cart_id: cart.id } })
      await call(serverB.url, "POST", `/store/carts/${cart.id}`, {
        headers: bob,
        body: { shipping_address: { first_name: "Bob", last_name: "Buyer", address_1: "2 place du Marché", city: "Lyon", postal_code: "69001", country_code: "fr", phone: "+33 6 12 34 56 78" } },
      })
      await call(serverB.url, "POST", `/store/carts/${cart.id}/shipping-methods`, { headers: bob, body: { option_id: shop.shipping_option_id } })
      const pc = (await call(serverB.url, "POST", "/store/payment-collections", { headers: bob, body: { cart_id: cart.id } })).body.payment_collection
      await call(serverB.url, "POST", `/store/payment-collections/${pc.id}/payment-sessions`, { headers: bob, body: { provider_id: "pp_system_default" } })
      const done = (await call(serverB.url, "POST", `/store/carts/${cart.id}/complete`, { headers: bob })).body
      assert.equal(done.type, "order", JSON.stringify(done.error ?? done))
      const order = done.order
      await waitFor(async () => (await q("select 1 from social_order_attribution where order_id = $1", [order.id])).length, 60_000, "the order's attribution")

      // Bob reviews the mug; the admin approves it on server A.
      const review = (await call(serverB.url, "POST", "/store/social/reviews", { headers: bob, body: { product_id: shop.product_id, rating: 5, title: "Great mug", body: "Keeps the coffee hot for long." } })).body.review
      await call(serverA.url, "POST", `/admin/social/reviews/${review.id}/approve`, { headers: admin })
      const grantsOf = async (ruleId) => (await q("select id, customer_id, source_id, status from social_reward_grant where rule_id = $1", [ruleId]))
      await waitFor(async () => (await grantsOf(reviewRule.id)).length, 60_000, "the review's grant")
      await waitFor(async () => (await grantsOf(shareRule.id)).length, 60_000, "the share's grant (from the storm's flush)")

      const snapshot = async () => ({
        attributions: Number((await q("select count(*) as n from social_order_attribution where order_id = $1", [order.id]))[0].n),
        conversions: Number((await q("select count(*) as n from social_conversion_event where order_id = $1", [order.id]))[0].n),
        review_grants: (await grantsOf(reviewRule.id)).length,
        share_grants: (await grantsOf(shareRule.id)).length,
        grants: Number((await q("select count(*) as n from social_reward_grant"))[0].n),
      })
      const before = await snapshot()
      assert.deepEqual(before, { attributions: 1, conversions: 1, review_grants: 1, share_grants: 1, grants: 2 })

      const [r] = await q("select id, product_id, customer_id, verified_purchase, order_id, order_line_item_id from product_review where id = $1", [review.id])
      const [batch] = await q("select min(first_click_at) as first from social_share_click_batch where share_link_id = $1", [linkRow.id])
      const events = [
        { name: "order.placed", data: { id: order.id } },
        { name: "social.review.approved", data: { ...r, has_media: false } },
        {
          name: "social.share.clicked",
          data: { share_link_id: linkRow.id, code: link.code, product_id: shop.product_id, customer_id: shop.customers.alice.id, network: "whatsapp", clicks: 1, new_distinct_visitors: 1, distinct_visitors_total: 400, first_click_at: new Date(batch.first).toISOString() },
        },
      ]
      const batchesBefore = metaBatches()
      if (syncRun) events.push({ name: "social.catalog.sync_requested", data: { run_id: syncRun.id } })
      const eventsFile = path.join(tmp, "events.json")
      fs.writeFileSync(eventsFile, JSON.stringify(events))
      // Medusa's Redis event bus logs "Processing <event> (priority: N) which has N subscribers" per delivery.
      const processed = (name) => {
        const line = new RegExp(`Processing ${name.replace(/\./g, "\\.")}( \\(priority: \\d+\\))? which`)
        return [worker1, worker2].map((w) => w.logs().split("\n").filter((l) => line.test(l)).length)
      }
      const start = Object.fromEntries(events.map((e) => [e.name, processed(e.name)]))
      await runMedusa(["exec", "./emit.js", eventsFile, "10"], cli)
      for (const e of events) {
        await waitFor(() => {
          const [a, b] = processed(e.name)
          return a + b - start[e.name][0] - start[e.name][1] >= 10
        }, 90_000, `10 deliveries of ${e.name}`)
      }
      // Deliveries were taken by both workers; wait for the queue to be empty (jobs done).
      const queue = "bull:events-queue"
      await waitFor(async () => {
        const keys = await redis.client.keys(`*events-queue:*`)
        const wait = keys.filter((k) => /:(wait|active|prioritized|delayed)$/.test(k))
        let n = 0
        for (const k of wait) n += (await redis.client.type(k)) === "list" ? await redis.client.llen(k) : await redis.client.zcard(k)
        return n === 0
      }, 60_000, `${queue} to drain`)
      await sleep(2000)
      const per = Object.fromEntries(events.map((e) => [e.name, processed(e.name).map((n, i) => n - start[e.name][i])]))
      console.log(`    deliveries per worker (worker 1, worker 2): ${JSON.stringify(per)}`)
      assert.deepEqual(await snapshot(), before)
      if (syncRun) {
        // The sync request delivered again: the finished run is not run again, nothing is pushed.
        assert.equal(metaBatches(), batchesBefore, "the catalog was pushed again")
        const [run] = await q("select status, finished_at from social_catalog_run where id = $1", [syncRun.id])
        assert.equal(run.status, "succeeded")
        assert.equal(new Date(run.finished_at).toISOString(), new Date(syncRun.finished_at).toISOString(), "the finished run ran again")
      }
    })


    // Last: it leaves one worker.
    await checks.check("a worker killed by SIGKILL mid-push: the other takes the run over after its lease, and Meta receives each item once", async () => {
      const channel = (
        await call(serverA.url, "POST", "/admin/social/channels", {
          headers: admin,
          body: {
            name: "Meta crash shop",
            destination: "meta",
            mode: "push",
            language: "en",
            country: "fr",
            currency_code: "eur",
            sales_channel_id: shop.sales_channel_id,
            credentials: { catalog_id: "cat_crash", access_token: "meta-token", api_base_url: slowMeta.url },
          },
        })
      ).body.channel
      assert.ok(channel?.id, "the channel was made (production takes the trusted loopback host)")
      const asked = await call(serverB.url, "POST", `/admin/social/channels/${channel.id}/sync`, { headers: admin, body: {} })
      assert.equal(asked.status, 202)
      const runId = asked.body.run.id
      // Mid-push: Meta accepted the batch, its handle is stored, the worker polls for the results.
      const [held] = await waitFor(
        async () => {
          const rows = await q(
            "select r.lease_owner from social_catalog_run r where r.id = $1 and r.status = 'running' and exists (select 1 from social_catalog_item i where i.channel_id = r.channel_id and i.status = 'pending' and i.batch_handle is not null)",
            [runId]
          )
          return rows.length ? rows : null
        },
        60_000,
        "the push to be waiting for Meta's results"
      )
      const ownerPid = Number(String(held.lease_owner).split(":")[1])
      const group = (pid) => Number(fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[2])
      const holder = [worker1, worker2].find((w) => group(ownerPid) === w.pid)
      assert.ok(holder, `the run's owner ${held.lease_owner} is one of the workers`)
      const other = holder === worker1 ? worker2 : worker1
      await holder.kill()
      const killedAt = Date.now()
      // Meta finishes the batch meanwhile; nobody has asked for its results since the kill.
      slowOptions.pollsInProgress = 0
      const run = await waitFor(async () => {
        const [r] = await q("select status, error, results, lease_owner from social_catalog_run where id = $1", [runId])
        return r && ["succeeded", "failed"].includes(r.status) ? r : null
      }, 60_000, "the run to be taken over and end")
      console.log(`    taken over and ended ${Math.round((Date.now() - killedAt) / 1000)} s after the kill`)
      assert.equal(run.status, "succeeded", run.error ?? "")
      assert.match(other.logs(), new RegExp(`taking over run ${runId}`), "the other worker took the run over")
      const sent = slowMeta.received.filter((r) => r.method === "POST" && r.path.endsWith("/items_batch")).flatMap((r) => r.body.requests.map((x) => x.data.id))
      assert.deepEqual(sent, [shop.variant_id], "each item reached Meta once")
      assert.deepEqual([...slowMeta.items.keys()], [shop.variant_id])
      assert.equal(run.results.push.resent_in_doubt, 0)
      const [item] = await q("select status, dirty from social_catalog_item where channel_id = $1", [channel.id])
      assert.deepEqual(item, { status: "synced", dirty: false })
    })
  } catch (e) {
    await checks.check("the multi-process setup", () => {
      throw e
    })
    for (const p of procs) {
      const tail = p.logs().split("\n").filter((l) => /error|warn/i.test(l)).slice(-8).join("\n")
      if (tail) console.log(`--- ${p.name}\n${tail}`)
    }
  } finally {
    await Promise.all(procs.map((p) => p.stop()))
    await db.end().catch(() => undefined)
    await sink.close()
    await meta.close()
    await slowMeta.close()
    await redis.release()
    await adminSql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined)
    if (pg) await pg.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
    fs.rmSync(path.join(APP, "static"), { recursive: true, force: true })
  }
  console.log(`  (took ${Math.round((Date.now() - started) / 1000)} s)`)
  if (checks.results.failed && process.env.MULTIPROCESS_LOGS) {
    fs.mkdirSync(process.env.MULTIPROCESS_LOGS, { recursive: true })
    for (const p of procs) fs.writeFileSync(path.join(process.env.MULTIPROCESS_LOGS, `${p.name.replace(/\W+/g, "-")}.log`), p.logs())
    console.log(`  (process logs in ${process.env.MULTIPROCESS_LOGS})`)
  }
  const { failed } = checks.summary()
  process.exit(failed ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  console.log("multiprocess: 0 passed, 1 failed")
  process.exit(1)
})
