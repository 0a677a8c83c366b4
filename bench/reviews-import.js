#!/usr/bin/env node
// `npm run bench -- reviews-import`: a merchant imports 50,000 reviews (a Judge.me export) into a
// production server, and Google fetches the ratings feed of 100,000 reviews.
//
// The server is bench/prod-app (a store that installed the BUILT plugin; config in JavaScript)
// under `medusa start`, NODE_ENV=production, embedded PostgreSQL, local File provider, one
// process (server and worker in one, the default). Figures:
//   rows_per_s        50,000 rows / the time from the upload (POST /admin/social/reviews/imports)
//                     to the import reading "completed" (polled every 250 ms): what the merchant
//                     waits for, parsing, matching, writing and progress included. Target >= 1,000.
//   peak_rss_mb       the server's RSS (all its processes, from /proc) from boot to the end of the
//                     import, boot included. Target <= 350.
//   feed_s            GET /social/feeds/reviews/<token>.xml of 100,000 approved reviews (a second
//                     import of 50,000 first), read to the end by the client. Target <= 10.
//   feed_rss_growth_mb  the server's peak RSS during the feed minus its RSS just before (flat:
//                     a page of reviews and the product cache, whatever the count).
//   baseline_rows_per_s  a straightforward import in the same app and database: csv-parse, a Map
//                     of products by handle, createProductReviews with 1,000 rows a call (the
//                     second file's first BENCH_BASELINE_ROWS rows, default all), in a `medusa
//                     exec` process: only the writing, none of the checks the import makes.
// BENCH_ROWS (default 50000), BENCH_PRODUCTS (1000) for a smaller run; BENCH_REUSE_BUILD=1 skips
// `plugin:build` when .medusa/server is from the same source.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const http = require("http")
const { spawn } = require("child_process")
const { startEmbeddedPostgres, pickPort } = require("../scripts/lib/embedded-pg")
const { buildPlugin } = require("../scripts/lib/playground")
const { report } = require("./_report")

const ROOT = path.resolve(__dirname, "..")
const PROD_APP = path.join(ROOT, "bench", "prod-app")
// The CLI's own entry, without the wrapper that registers ts-node: what a production install runs.
const MEDUSA = path.join(ROOT, "node_modules", "@medusajs", "cli", "dist", "index.js")
const ROWS = Number(process.env.BENCH_ROWS ?? 50_000)
const BASELINE_ROWS = Number(process.env.BENCH_BASELINE_ROWS ?? ROWS)
const SECRET = "bench-secret-0123456789abcdef" // bench/prod-app/medusa-config.js
const round = (x) => Math.round(x * 10) / 10

function run(args, env, opts = {}) {
  const child = spawn(process.execPath, [MEDUSA, ...args], {
    cwd: PROD_APP,
    env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NODE_ENV: "production", LOG_LEVEL: "error", REDIS_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    ...opts,
  })
  let out = ""
  child.stdout.on("data", (d) => (out += d))
  child.stderr.on("data", (d) => (out += d))
  const done = new Promise((resolve) => child.on("exit", (code) => resolve(code)))
  return { child, done, output: () => out }
}

/** RSS (bytes) of every process in a process group, from /proc. */
function groupRss(pgid) {
  let total = 0
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      if (Number(fields[2]) === pgid) total += Number(fields[21]) * 4096
    } catch {
      // ended meanwhile
    }
  }
  return total
}

function request(port, method, p, { headers = {}, body = null, sink = false } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: p, method, headers }, (res) => {
      const chunks = []
      let bytes = 0
      res.on("data", (c) => (sink ? (bytes += c.length) : chunks.push(c)))
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, bytes, body: sink ? null : Buffer.concat(chunks).toString() }))
    })
    req.on("error", reject)
    if (body) req.write(body)
    req.end()
  })
}

const quote = (c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
const WORDS = "soft warm light sturdy comfy neat fits well runs small large colour true photo great value would buy again".split(" ")

/** A Judge.me export of `rows` reviews spread over the products, each with a distinct reviewer. */
function judgemeCsv(file, rows, handles, offset) {
  const out = fs.createWriteStream(file)
  out.write("title,body,rating,review_date,source,curated,reviewer_name,reviewer_email,product_id,product_handle,reply,reply_date,picture_urls,ip_address,location\n")
  for (let i = 0; i < rows; i++) {
    const n = offset + i
    const words = Array.from({ length: 25 + (n % 40) }, (_, k) => WORDS[(n * 7 + k * 3) % WORDS.length]).join(" ")
    const day = new Date(Date.UTC(2021, 0, 1) + (n % 1500) * 86_400_000).toISOString().slice(0, 10)
    out.write(
      [`Review ${n}`, `${words}, "really".`, String(1 + (n % 5)), `${day} 10:00:00 UTC`, "web", "ok", `Reviewer ${n}`, `reviewer${n}@bench.test`, "", handles[n % handles.length], n % 10 === 0 ? "Thank you!" : "", "", "", "", ""]
        .map(quote)
        .join(",") + "\n"
    )
  }
  return new Promise((r) => out.end(r))
}

function multipart(file, fields) {
  const boundary = `----bench${Date.now()}`
  const head = Object.entries(fields)
    .map(([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join("")
  const body = Buffer.concat([
    Buffer.from(`${head}--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="reviews.csv"\r\ncontent-type: text/csv\r\n\r\n`),
    fs.readFileSync(file),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { body, type: `multipart/form-data; boundary=${boundary}` }
}

async function importFile(port, token, file) {
  const { body, type } = multipart(file, { format: "judgeme" })
  const t0 = performance.now()
  const res = await request(port, "POST", "/admin/social/reviews/imports", {
    headers: { authorization: `Bearer ${token}`, "content-type": type, "content-length": body.length },
    body,
  })
  if (res.status !== 202) throw new Error(`import answered ${res.status}: ${res.body}`)
  const id = JSON.parse(res.body).import.id
  for (;;) {
    await new Promise((r) => setTimeout(r, 250))
    const r = await request(port, "GET", `/admin/social/reviews/imports/${id}`, { headers: { authorization: `Bearer ${token}` } })
    const imp = JSON.parse(r.body).import
    if (imp.status === "completed" || imp.status === "failed") return { ...imp, seconds: (performance.now() - t0) / 1000, upload_bytes: body.length }
  }
}

async function main() {
  const loadAtStart = os.loadavg().map((x) => round(x))
  if (process.env.BENCH_REUSE_BUILD !== "1" || !fs.existsSync(path.join(ROOT, ".medusa", "server", "src"))) {
    console.log("[bench] plugin:build")
    await buildPlugin()
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "reviews-import-bench-"))
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), persistent: false })
  let server = null
  try {
    await pg.createDatabase("reviews_bench")
    const env = { DATABASE_URL: pg.url("reviews_bench") }
    console.log("[bench] migrate and seed")
    const migrate = run(["db:migrate"], env)
    if ((await migrate.done) !== 0) throw new Error(`db:migrate failed:\n${migrate.output().slice(-3000)}`)
    const seedOut = path.join(tmp, "seed.json")
    const seed = run(["exec", "../lib/reviews-import-seed.js"], { ...env, REVIEWS_BENCH_OUT: seedOut })
    if ((await seed.done) !== 0) throw new Error(`seed failed:\n${seed.output().slice(-3000)}`)
    const seeded = JSON.parse(fs.readFileSync(seedOut, "utf8"))
    const first = path.join(tmp, "first.csv")
    const second = path.join(tmp, "second.csv")
    await judgemeCsv(first, ROWS, seeded.handles, 0)
    await judgemeCsv(second, ROWS, seeded.handles, ROWS)

    console.log("[bench] server: import", ROWS, "rows")
    const port = await pickPort()
    server = run(["start"], { ...env, PORT: String(port) }, { detached: true })
    const pgid = server.child.pid
    let peak = 0
    let sampling = setInterval(() => (peak = Math.max(peak, groupRss(pgid))), 50)
    const t0 = performance.now()
    for (;;) {
      if (server.child.exitCode !== null) throw new Error(`server exited:\n${server.output().slice(-3000)}`)
      if (await request(port, "GET", "/health").then((r) => r.status === 200, () => false)) break
      if (performance.now() - t0 > 180_000) throw new Error(`server did not start:\n${server.output().slice(-3000)}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    const bootRss = groupRss(pgid)
    const login = await request(port, "POST", "/auth/user/emailpass", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: seeded.email, password: seeded.password }),
    })
    const token = JSON.parse(login.body).token
    const imp = await importFile(port, token, first)
    if (imp.status !== "completed" || imp.created_count !== ROWS) throw new Error(`import: ${JSON.stringify({ ...imp, errors: imp.errors.slice(0, 5) })}`)
    const importPeak = Math.round(Math.max(peak, groupRss(pgid)) / 1048576)
    console.log(`[bench] imported ${imp.created_count} in ${imp.seconds.toFixed(1)} s, peak ${importPeak} MB`)

    console.log("[bench] second import (for a 100,000-review feed)")
    const imp2 = await importFile(port, token, second)
    const again = await importFile(port, token, first)
    console.log(`[bench] second import ${imp2.seconds.toFixed(1)} s; re-import of the first: created ${again.created_count}, existing ${again.existing_count}`)

    // The feed: RSS just before, then the peak while streaming.
    await new Promise((r) => setTimeout(r, 1000))
    clearInterval(sampling)
    const beforeFeed = groupRss(pgid)
    let feedPeak = beforeFeed
    sampling = setInterval(() => (feedPeak = Math.max(feedPeak, groupRss(pgid))), 20)
    const feedPath = `/social/feeds/reviews/${require("crypto").createHmac("sha256", SECRET).update("social-commerce:google-product-ratings-feed").digest("base64url").slice(0, 32)}.xml`
    const f0 = performance.now()
    const feed = await request(port, "GET", feedPath, { sink: true })
    const feedS = (performance.now() - f0) / 1000
    clearInterval(sampling)
    if (feed.status !== 200) throw new Error(`feed answered ${feed.status}`)
    const reviewsInFeed = 2 * ROWS
    console.log(`[bench] feed of ${reviewsInFeed} reviews: ${feed.bytes} bytes in ${feedS.toFixed(2)} s, RSS ${Math.round(beforeFeed / 1048576)} -> ${Math.round(feedPeak / 1048576)} MB`)
    const t304 = performance.now()
    const cached = await request(port, "GET", feedPath, { headers: { "if-none-match": feed.headers.etag }, sink: true })
    const notModifiedMs = performance.now() - t304

    try {
      process.kill(-pgid, "SIGTERM")
    } catch {}
    await Promise.race([server.done, new Promise((r) => setTimeout(r, 5000))])
    server = null

    console.log("[bench] baseline: createProductReviews in batches of 1,000,", BASELINE_ROWS, "rows")
    const baseOut = path.join(tmp, "baseline.json")
    const base = run(["exec", "../lib/reviews-import-baseline.js"], { ...env, REVIEWS_BENCH_CSV: second, REVIEWS_BENCH_OUT: baseOut, REVIEWS_BENCH_BASELINE_ROWS: String(BASELINE_ROWS) })
    if ((await base.done) !== 0) throw new Error(`baseline failed:\n${base.output().slice(-3000)}`)
    const baseline = JSON.parse(fs.readFileSync(baseOut, "utf8"))

    const rowsPerS = Math.round(ROWS / imp.seconds)
    const baselinePerS = Math.round(baseline.rows / baseline.seconds)
    report("reviews-import", {
      load_average_at_start: loadAtStart,
      load_average_at_end: os.loadavg().map((x) => round(x)),
      server: "bench/prod-app (built plugin), medusa start, NODE_ENV=production, embedded PostgreSQL, local File provider, one process",
      rows: ROWS,
      products: seeded.handles.length,
      upload_mb: round(imp.upload_bytes / 1048576),
      rows_per_s: rowsPerS,
      import_s: round(imp.seconds),
      boot_rss_mb: Math.round(bootRss / 1048576),
      peak_rss_mb: importPeak,
      second_import_rows_per_s: Math.round(ROWS / imp2.seconds),
      reimport_created: again.created_count,
      reimport_existing: again.existing_count,
      reimport_s: round(again.seconds),
      feed_reviews: reviewsInFeed,
      feed_bytes: feed.bytes,
      feed_s: round(feedS * 100) / 100,
      feed_rss_before_mb: Math.round(beforeFeed / 1048576),
      feed_rss_peak_mb: Math.round(feedPeak / 1048576),
      feed_rss_growth_mb: Math.round((feedPeak - beforeFeed) / 1048576),
      feed_not_modified_status: cached.status,
      feed_not_modified_ms: round(notModifiedMs),
      baseline: "csv-parse stream, products by handle in a Map, createProductReviews with 1,000 rows a call (module service), medusa exec in the same app",
      baseline_rows: baseline.rows,
      baseline_rows_per_s: baselinePerS,
      speedup_vs_baseline: round(rowsPerS / baselinePerS),
      targets: { rows_per_s: ">= 1000", peak_rss_mb: "<= 350 (boot included)", feed_s: "<= 10 for 100,000 reviews", feed_rss_growth_mb: "flat (reported)" },
    })
  } finally {
    if (server) {
      try {
        process.kill(-server.child.pid, "SIGTERM")
      } catch {}
      await Promise.race([server.done, new Promise((r) => setTimeout(r, 5000))])
      try {
        process.kill(-server.child.pid, "SIGKILL")
      } catch {}
    }
    await pg.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
