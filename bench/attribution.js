// `npm run bench -- attribution`: what attribution costs the checkout, how soon an order is
// attributed, and the report over 100,000 attributed orders and 1,000,000 touches.
//
// Two production stores (bench/redis-app, `medusa build` + `medusa start`, a server and a worker process each,
// NODE_ENV=production, Redis modules), on the same database and data: one with the plugin, one
// with the plugin NOT installed (BENCH_WITHOUT_PLUGIN=1: another medusa-config). Each has a Redis
// database of its own, so the plugin-less store's worker never takes the other's events.
//
//   complete_cart_overhead_ratio  p50 of POST /store/carts/:id/complete on the plugin's server
//                                 (a touch bound to the cart: order.placed is attributed) over
//                                 the plugin-less server, checkouts alternating, same run
//   attribution_lag_ms            p50/p99 from `order.placed` (the time Medusa's event bus
//                                 published it, recorded by the bench app's own subscriber) to
//                                 the order's attribution row, carts completed at 10 a second
//                                 across BENCH_SERVERS server processes (default 2: a shop at 10
//                                 orders a second runs more than one); beside it, the same from
//                                 the order's creation (which adds the rest of the checkout)
//   report_p50_ms_by_group        GET /admin/social/attribution/report over 90 days for each
//                                 group_by (network, campaign, product, share_link)
//
// BENCH_SETTLE=1 (diagnostics, not the headline): before each timed checkout, wait until the
// store's event queue is empty, so that the previous order's background work (attribution,
// rewards, stock events in the worker) does not share the cores with it.
// BENCH_ROUNDS x BENCH_PER_ROUND checkouts on each server (default 10 x 8: fewer moved the ratio by 0.15 between runs), BENCH_LAG_ORDERS
// (default 100), BENCH_LAG_SLOW_RATE (orders a second of the second lag phase, default 2),
// BENCH_REPORT_RUNS per group (default 20).
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { report, percentile } = require("./_report")
const { ensureDatabaseEnv, databaseUrl, adminSql } = require("../scripts/lib/embedded-pg")
const { buildApp, claimRedisDb, prepareDatabase, exec, startApp, waitForEventsIdle } = require("./lib/redis-app")

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10)
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 8)
const LAG_ORDERS = Number(process.env.BENCH_LAG_ORDERS ?? 100)
const LAG_SLOW_RATE = Number(process.env.BENCH_LAG_SLOW_RATE ?? 2)
const REPORT_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 20)
const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000)
const TOUCHES = Number(process.env.BENCH_TOUCHES ?? 1_000_000)
const SERVERS = Number(process.env.BENCH_SERVERS ?? 2)
const SETTLE = process.env.BENCH_SETTLE === "1"
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function http(base, method, url, body, headers = {}) {
  const res = await fetch(base + url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  const data = text ? JSON.parse(text) : null
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 300)}`)
  return data
}

async function main() {
  const redisA = await claimRedisDb()
  const redisB = await claimRedisDb()
  const pg = await ensureDatabaseEnv("bench-attribution")
  const db = `social_bench_attribution_${process.pid}`
  const env = { DATABASE_URL: databaseUrl(db), REDIS_URL: redisA.url }
  const { Client } = require("@medusajs/framework/pg")
  const sql = new Client({ connectionString: databaseUrl(db) })
  const q = async (text, params) => (await sql.query(text, params)).rows
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "social-bench-attr-"))
  const servers = []
  try {
    console.log("[bench] npm run build (plugin), medusa build (app), migrate, seed a shop, 100,000 orders and 1,000,000 touches")
    await buildApp()
    console.log(`[bench] database ${await prepareDatabase(db, env)}`)
    await exec(path.resolve(__dirname, "..", "integration-tests", "multiprocess", "seed.js"), [path.join(tmp, "shop.json")], env)
    const t0 = Date.now()
    await exec(path.join(__dirname, "lib", "attribution-seed.js"), [String(ORDERS), String(TOUCHES)], env)
    console.log(`[bench] seeded in ${Date.now() - t0} ms`)
    const shop = JSON.parse(fs.readFileSync(path.join(tmp, "shop.json"), "utf8"))
    await sql.connect()
    // Each store as Medusa runs at scale: server processes for the HTTP requests (BENCH_SERVERS)
    // and a worker process for subscribers and jobs (MEDUSA_WORKER_MODE), so order.placed is
    // attributed beside the checkouts, not between them in the same event loop.
    // BENCH_RECORD_ORDER_PLACED: the bench app's subscriber keeps each order.placed's publish time.
    env.BENCH_RECORD_ORDER_PLACED = "1"
    const envB = { ...env, REDIS_URL: redisB.url, BENCH_WITHOUT_PLUGIN: "1" }
    const serversA = []
    const serversB = []
    for (let i = 0; i < SERVERS; i++) {
      serversA.push(await startApp({ name: `with the plugin (server ${i + 1})`, mode: "server", env }))
      servers.push(serversA[i])
    }
    servers.push(await startApp({ name: "with the plugin (worker)", mode: "worker", env }))
    for (let i = 0; i < SERVERS; i++) {
      serversB.push(await startApp({ name: `without the plugin (server ${i + 1})`, mode: "server", env: envB }))
      servers.push(serversB[i])
    }
    servers.push(await startApp({ name: "without the plugin (worker)", mode: "worker", env: envB }))
    console.log(`[bench] the seed's events handled after ${await waitForEventsIdle(redisA.client)} ms`)
    const urlsA = serversA.map((s) => s.url)
    const urlsB = serversB.map((s) => s.url)
    // The overhead checkouts and the reports go to each store's first server.
    const [A] = urlsA
    const [B] = urlsB
    const store = { "x-publishable-api-key": shop.publishable_key }
    const { token } = await http(A, "POST", "/auth/user/emailpass", shop.admin)
    const admin = { authorization: `Bearer ${token}` }
    // The plugin-less store has none of the plugin's routes (expected 404).
    const pluginlessStatus = (await fetch(`${B}/admin/social/settings`, { headers: admin })).status

    /** A cart ready to complete (address, shipping, payment session); with a touch bound on A. */
    async function prepare(base, withTouch) {
      const { cart } = await http(base, "POST", "/store/carts", { region_id: shop.region_id, email: "bench@example.com", items: [{ variant_id: shop.variant_id, quantity: 1 }] }, store)
      if (withTouch) {
        await http(base, "POST", "/store/social/touches", { utm_source: "pinterest", utm_campaign: "bench", epik: "dj0yJnU9b2JD", cart_id: cart.id, visitor_id: `bench-cart-${cart.id.slice(-10)}`, consent: "granted" }, store)
      }
      await http(base, "POST", `/store/carts/${cart.id}`, { shipping_address: { first_name: "A", last_name: "B", address_1: "1 rue", city: "Lyon", postal_code: "69001", country_code: "fr", phone: "+33612345678" } }, store)
      await http(base, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shop.shipping_option_id }, store)
      const { payment_collection } = await http(base, "POST", "/store/payment-collections", { cart_id: cart.id }, store)
      await http(base, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      return cart.id
    }
    async function complete(base, cartId) {
      const t = performance.now()
      const done = await http(base, "POST", `/store/carts/${cartId}/complete`, {}, store)
      const ms = performance.now() - t
      if (done.type !== "order") throw new Error("cart did not complete")
      return { ms, order_id: done.order.id }
    }

    // 1. Checkout with and without the plugin, alternating (warm-up first on both).
    console.log(`[bench] checkout: ${ROUNDS} x ${PER_ROUND} on each server, alternating`)
    await complete(A, await prepare(A, true))
    await complete(B, await prepare(B, false))
    const on = []
    const off = []
    const onOrders = []
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 ? ["off", "on"] : ["on", "off"]) {
        for (let i = 0; i < PER_ROUND; i++) {
          const cartId = side === "on" ? await prepare(A, true) : await prepare(B, false)
          if (SETTLE) await waitForEventsIdle(side === "on" ? redisA.client : redisB.client)
          const r = await complete(side === "on" ? A : B, cartId)
          ;(side === "on" ? on : off).push(r.ms)
          if (side === "on") onOrders.push(r.order_id)
        }
      }
    }

    // 2. Lag: carts prepared first, then completed at `rate` a second, spread over the store's
    // server processes; the time from each order.placed to its attribution row (and from the
    // order's creation). At 10 a second (the target's rate) and at a rate this machine's store keeps
    // up with; the plugin-less store completes carts at 10 a second too, to show what the store
    // itself manages (its checkout, no attribution).
    async function placeAt(bases, withTouch, rate, n) {
      const carts = []
      for (let i = 0; i < n; i++) carts.push(await prepare(bases[i % bases.length], withTouch))
      const started = Date.now()
      const completions = await Promise.all(
        carts.map(async (id, i) => {
          await sleep((i * 1000) / rate - (Date.now() - started))
          return complete(bases[i % bases.length], id)
        })
      )
      const seconds = (Date.now() - started) / 1000
      return { completions, achieved: Math.round((n / seconds) * 10) / 10, complete_p50_ms: Math.round(percentile(completions.map((c) => c.ms), 50)) }
    }
    async function lagAt(rate, n) {
      console.log(`[bench] attribution lag: ${n} carts completed at ${rate} a second`)
      const placed = await placeAt(urlsA, true, rate, n)
      const orders = placed.completions.map((c) => c.order_id)
      const deadline = Date.now() + 120_000
      let rows = []
      while (Date.now() < deadline) {
        rows = await q(
          `select o.id, extract(epoch from a.created_at) * 1000 as attributed_ms, extract(epoch from (a.created_at - o.created_at)) * 1000 as from_created_ms
           from "order" o join social_order_attribution a on a.order_id = o.id and a.deleted_at is null
           where o.id = any($1)`,
          [orders]
        )
        if (rows.length >= orders.length) break
        await sleep(500)
      }
      const placedAt = rows.length ? await redisA.client.hmget("bench:order-placed", ...rows.map((r) => r.id)) : []
      const lags = rows.flatMap((r, i) => (placedAt[i] ? [Number(r.attributed_ms) - Number(placedAt[i])] : []))
      const fromCreated = rows.map((r) => Number(r.from_created_ms))
      const figures = (values) => ({ p50: Math.round(percentile(values, 50)), p99: Math.round(percentile(values, 99)), max: Math.round(Math.max(...values)) })
      return {
        orders,
        unattributed: orders.length - rows.length,
        figures: {
          ...figures(lags),
          orders: lags.length,
          rate_asked: rate,
          servers: urlsA.length,
          orders_per_s_achieved: placed.achieved,
          complete_p50_ms: placed.complete_p50_ms,
          from_order_created: figures(fromCreated),
        },
      }
    }
    const fast = await lagAt(10, LAG_ORDERS)
    const slow = await lagAt(LAG_SLOW_RATE, Math.min(LAG_ORDERS, 60))
    console.log(`[bench] the plugin-less store: ${LAG_ORDERS} carts completed at 10 a second`)
    const storeAlone = await placeAt(urlsB, false, 10, LAG_ORDERS)
    const lagOrders = [...fast.orders, ...slow.orders]
    const unattributed = fast.unattributed + slow.unattributed
    const [wrong] = await q(`select count(*)::int as n from social_order_attribution where order_id = any($1) and network <> 'pinterest'`, [[...onOrders, ...lagOrders]])

    // 3. The report for every group_by, 90 days.
    const from = new Date(Date.now() - 91 * 86400000).toISOString().slice(0, 10)
    const reportTimes = {}
    const reportSizes = {}
    for (const groupBy of ["network", "campaign", "product", "share_link"]) {
      const times = []
      for (let i = 0; i < REPORT_RUNS + 3; i++) {
        const t = performance.now()
        const r = await http(A, "GET", `/admin/social/attribution/report?from=${from}&group_by=${groupBy}&currency_code=eur`, undefined, admin)
        if (i >= 3) times.push(performance.now() - t)
        if (i === 0) reportSizes[groupBy] = { orders: r.report.totals.orders, groups: r.report.groups.length, days: r.report.series.length }
      }
      reportTimes[groupBy] = +percentile(times, 50).toFixed(1)
      console.log(`[bench] report ${groupBy}: p50 ${reportTimes[groupBy]} ms (${JSON.stringify(reportSizes[groupBy])})`)
    }
    const [counts] = await q(`select (select count(*) from social_order_attribution)::int as orders, (select count(*) from social_touch)::int as touches`)

    report("attribution", {
      description:
        "Cart completion p50 on a production server with the plugin over the same store without the plugin installed (same database and data); the time from order.placed to the order's attribution row with carts completed at 10 a second over BENCH_SERVERS server processes (and from the order's creation); the attribution report's p50 for every group_by over 100,000 attributed orders and 1,000,000 touches.",
      baseline: "The same store built without the plugin (another medusa-config, same database, data and Redis setup), checkouts alternating in the same run.",
      headline: ["complete_cart_overhead_ratio", "attribution_lag_ms.p50", "attribution_lag_ms.p99", "report_p50_ms_by_group.product"],
      targets: {
        complete_cart_overhead_ratio: "<= 1.05",
        "attribution_lag_ms.p50": "<= 1000",
        "attribution_lag_ms.p99": "<= 5000",
        "report_p50_ms_by_group.network": "<= 500",
        "report_p50_ms_by_group.campaign": "<= 500",
        "report_p50_ms_by_group.product": "<= 500",
        "report_p50_ms_by_group.share_link": "<= 500",
        unattributed_orders: "= 0",
      },
      app: "bench/redis-app: built plugin, medusa build + medusa start, NODE_ENV=production, BENCH_SERVERS server processes (default 2) and a worker process per store (MEDUSA_WORKER_MODE), Redis event bus/workflow engine/cache/locking",
      complete_cart_overhead_ratio: +(percentile(on, 50) / percentile(off, 50)).toFixed(3),
      ...(SETTLE ? { settled_before_each_checkout: true } : {}),
      complete_cart_p50_ms: { with_plugin: +percentile(on, 50).toFixed(1), without_plugin: +percentile(off, 50).toFixed(1), samples_each: on.length },
      complete_cart_p90_ms: { with_plugin: +percentile(on, 90).toFixed(1), without_plugin: +percentile(off, 90).toFixed(1) },
      attribution_lag_ms: fast.figures,
      attribution_lag_ms_sustainable_rate: slow.figures,
      without_plugin_at_10_per_s: { orders_per_s_achieved: storeAlone.achieved, complete_p50_ms: storeAlone.complete_p50_ms },
      unattributed_orders: unattributed,
      wrongly_attributed_orders: wrong.n,
      report_p50_ms_by_group: reportTimes,
      report_sizes: reportSizes,
      data: { attributed_orders: counts.orders, touches: counts.touches },
      plugin_route_status_without_plugin: pluginlessStatus,
    })
  } finally {
    for (const s of servers) await s.stop()
    await sql.end().catch(() => undefined)
    await redisA.release()
    await redisB.release()
    await adminSql(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).catch(() => undefined)
    if (pg) await pg.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
