// `npm run bench -- attribution`: the cost of attribution on the checkout, the report over
// 100,000 attributed orders, and the touch endpoint under load. Starts its own embedded
// PostgreSQL and Medusa server (loopback only) and stops them.
//
//   complete_cart_overhead_ratio  p50 of POST /store/carts/:id/complete with attribution on
//                                 (a touch bound to the cart, order.placed attributed) over the
//                                 same with the `attribution` feature off, interleaved, same run
//   report_p50_ms                 GET /admin/social/attribution/report over 100,000 orders
//   touch_req_per_s, touch_p99_ms POST /store/social/touches under autocannon (20 connections)
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { spawn, spawnSync } = require("child_process")
const autocannon = require("autocannon")
const { report, percentile } = require("./_report")
const { startEmbeddedPostgres, pickPort } = require("../scripts/lib/embedded-pg")

const ROOT = path.resolve(__dirname, "..")
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4)
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 10)
const REPORT_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 30)
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10)

const medusaBin = path.join(ROOT, "node_modules", ".bin", "medusa")

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
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "social-bench-attr-"))
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "data"), persistent: false })
  const db = "social_bench_attribution"
  await pg.createDatabase(db)
  const port = await pickPort()
  const env = {
    ...process.env,
    DATABASE_URL: pg.url(db),
    DB_HOST: pg.host,
    DB_PORT: String(pg.port),
    DB_USERNAME: pg.user,
    DB_PASSWORD: pg.password,
    PORT: String(port),
    NODE_ENV: "development",
    ADMIN_DISABLED: "true",
    LOG_LEVEL: "error",
    MEDUSA_DISABLE_TELEMETRY: "true",
    BENCH_SEED_OUT: path.join(tmp, "seed.json"),
  }
  delete env.REDIS_URL
  let server = null
  let stopping = false
  try {
    console.log("[bench] migrating")
    const mig = spawnSync(medusaBin, ["db:migrate"], { cwd: ROOT, env, stdio: "inherit" })
    if (mig.status !== 0) throw new Error("medusa db:migrate failed")
    console.log("[bench] seeding a shop and 100,000 attributed orders")
    const t0 = Date.now()
    const seed = spawnSync(medusaBin, ["exec", "./bench/attribution-seed.ts"], { cwd: ROOT, env, stdio: "inherit" })
    if (seed.status !== 0) throw new Error("seed failed")
    const seeded = JSON.parse(fs.readFileSync(env.BENCH_SEED_OUT, "utf8"))
    console.log(`[bench] seeded in ${Date.now() - t0} ms`)

    const serverLog = fs.openSync(path.join(tmp, "server.log"), "a")
    server = spawn(medusaBin, ["start"], { cwd: ROOT, env, stdio: ["ignore", serverLog, serverLog], detached: true })
    server.on("exit", (code, signal) => {
      if (!stopping) {
        console.error(`[bench] the server exited (${code ?? signal}):\n${fs.readFileSync(path.join(tmp, "server.log"), "utf8").slice(-3000)}`)
      }
    })
    const base = `http://127.0.0.1:${port}`
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/health`)).ok) break
      } catch {}
      if (i > 240) throw new Error("server did not answer /health")
      await new Promise((r) => setTimeout(r, 500))
    }
    const { token } = await http(base, "POST", "/auth/user/emailpass", seeded.admin)
    const admin = { authorization: `Bearer ${token}` }
    const store = seeded.shop.publishable.headers
    const shop = seeded.shop

    // Report over 100,000 orders (90 days, the busiest currency).
    const from = new Date(Date.now() - 91 * 86400000).toISOString().slice(0, 10)
    const reportTimes = {}
    for (const groupBy of ["network", "campaign", "share_link", "product"]) {
      const times = []
      for (let i = 0; i < REPORT_RUNS + 3; i++) {
        const t = performance.now()
        const r = await http(base, "GET", `/admin/social/attribution/report?from=${from}&group_by=${groupBy}&currency_code=eur`, undefined, admin)
        if (i >= 3) times.push(performance.now() - t)
        if (i === 0) console.log(`[bench] report ${groupBy}: ${r.report.totals.orders} orders, ${r.report.groups.length} groups, ${r.report.series.length} days`)
      }
      reportTimes[groupBy] = +percentile(times, 50).toFixed(1)
    }

    // Touches under load.
    const health = await autocannon({ url: `${base}/health`, connections: 20, duration: LOAD_SECONDS })
    // A core store route behind the same publishable-key middleware, for scale.
    const regions = await autocannon({ url: `${base}/store/regions?limit=1&fields=id`, connections: 20, duration: LOAD_SECONDS, headers: store })
    let n = 0
    const load = await autocannon({
      url: `${base}/store/social/touches`,
      method: "POST",
      connections: 20,
      duration: LOAD_SECONDS,
      headers: { ...store, "content-type": "application/json" },
      setupClient: (client) => {
        client.setBody(
          JSON.stringify({
            visitor_id: `bench-visitor-${++n}`,
            utm_source: "facebook",
            utm_medium: "social",
            utm_campaign: "bench",
            fbclid: "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQ",
            landing_path: "/products/enamel-mug",
            consent: "granted",
          })
        )
      },
    })
    if (load.non2xx) console.warn(`[bench] ${load.non2xx} touch requests did not answer 2xx`)

    // Checkout with attribution on and off, interleaved.
    async function checkout(withTouch) {
      const { cart } = await http(base, "POST", "/store/carts", { region_id: shop.region_id, email: "bench@example.com", items: [{ variant_id: shop.variant_id, quantity: 1 }] }, store)
      if (withTouch) {
        await http(base, "POST", "/store/social/touches", { utm_source: "pinterest", epik: "dj0yJnU9b2JD", cart_id: cart.id, visitor_id: `bench-cart-${cart.id.slice(-10)}`, consent: "granted" }, store)
      }
      await http(base, "POST", `/store/carts/${cart.id}`, { shipping_address: { first_name: "A", last_name: "B", address_1: "1 rue", city: "Lyon", postal_code: "69001", country_code: "fr", phone: "+33612345678" } }, store)
      await http(base, "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shop.shipping_option_id }, store)
      const { payment_collection } = await http(base, "POST", "/store/payment-collections", { cart_id: cart.id }, store)
      await http(base, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      const t = performance.now()
      const done = await http(base, "POST", `/store/carts/${cart.id}/complete`, {}, store)
      const ms = performance.now() - t
      if (done.type !== "order") throw new Error("cart did not complete")
      return { ms, order_id: done.order.id }
    }
    const on = []
    const off = []
    await checkout(true) // warm-up
    let lastOn = null
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of round % 2 ? ["off", "on"] : ["on", "off"]) {
        await http(base, "POST", "/admin/social/settings", { features: { attribution: mode === "on" } }, admin)
        for (let i = 0; i < PER_ROUND; i++) {
          const r = await checkout(mode === "on")
          ;(mode === "on" ? on : off).push(r.ms)
          if (mode === "on") lastOn = r.order_id
        }
      }
    }
    await new Promise((r) => setTimeout(r, 1000))
    await http(base, "POST", "/admin/social/settings", { features: { attribution: true } }, admin)
    const check = await http(base, "GET", `/admin/social/attribution/orders/${lastOn}`, undefined, admin)
    if (check.attribution.network !== "pinterest") throw new Error("the last 'on' order was not attributed")

    report("attribution", {
      complete_cart_overhead_ratio: +(percentile(on, 50) / percentile(off, 50)).toFixed(3),
      complete_cart_p50_ms: { attribution_on: +percentile(on, 50).toFixed(1), attribution_off: +percentile(off, 50).toFixed(1), samples_each: on.length },
      report_p50_ms: reportTimes.network,
      report_p50_ms_by_group: reportTimes,
      report_orders: seeded.orders,
      touch_req_per_s: Math.round(load.requests.average),
      touch_p99_ms: load.latency.p99,
      touch_p50_ms: load.latency.p50,
      health_req_per_s: Math.round(health.requests.average),
      touch_over_health_ratio: +(load.requests.average / health.requests.average).toFixed(3),
      store_regions_req_per_s: Math.round(regions.requests.average),
      store_regions_p99_ms: regions.latency.p99,
      load: { connections: 20, seconds: LOAD_SECONDS, errors: load.errors, non2xx: load.non2xx },
      limits: { complete_cart_overhead_ratio: "<= 1.10", report_p50_ms: "<= 500" },
    })
  } finally {
    stopping = true
    if (server) {
      try {
        process.kill(-server.pid, "SIGTERM")
      } catch {}
      await new Promise((r) => setTimeout(r, 1000))
    }
    await pg.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
