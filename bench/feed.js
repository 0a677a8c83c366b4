#!/usr/bin/env node
// `npm run bench -- feed`: what the merchant waits for when the catalog syncs.
//
// Headline (docs/catalog.md, "Benchmark"): the whole full sync of the seeded catalog in the
// PRODUCTION WORKER: `medusa start` in bench/prod-app (the built plugin, plain JavaScript config,
// NODE_ENV=production, MEDUSA_WORKER_MODE=worker), where the plugin's daily job runs the sync
// (change detection, snapshot, validation, feed file, reconcile, push to a counting provider).
// Peak RSS is the worker's own high-water mark, boot included, with Node's default heap limit.
// In the same worker, the same catalog:
//   baseline  what a competent developer writes with Medusa's APIs (query.graph pages with
//             calculated_price in the channel's market, streamed through gzip to a file)
//   delta     1,000 variants edited through Medusa's workflows, queued by the plugin's
//             subscribers, then the plugin's delta job (delta_sent, delta_time_ratio)
// Then the catalog grows to BENCH_SIZES' next size (default 100000,200000; twice the size is a copy
// of the seeded rows in PostgreSQL, bench/lib/clone-catalog.js) and the full sync runs again:
// memory growth per extra 100,000 variants.
// Stage figures (development process, `medusa exec` with ts-node; not the headline): snapshot,
// feed and push timed apart with the loader's per-phase timers; BENCH_CPU_PROF=<dir> writes a
// CPU profile of that process, and of the worker (`--cpu-prof`).
//
// BENCH_DATA_DIR keeps the seeded database (later runs skip the seeding); BENCH_REUSE_BUILD=1
// skips `plugin:build`; BENCH_SIZES=5000 for a quick run; BENCH_SKIP=baseline,bounded,delta,stages;
// BENCH_MEM_TRACE=1 reports the worker's memory by kind at its peak; BENCH_NODE_FLAGS="..."
// starts the workers with those Node flags (diagnostics: "--max-old-space-size=384" shows what
// the heap limit does to the peak). Each worker task reports its own CPU seconds and
// PostgreSQL's (cpu_s, pg_cpu_s): on a shared machine the wall time mostly measures the wait
// for a core.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const net = require("net")
const { spawn, spawnSync } = require("child_process")
const { startEmbeddedPostgres } = require("../scripts/lib/embedded-pg")
const { report } = require("./_report")
const { cloneCatalog } = require("./lib/clone-catalog")

const ROOT = path.resolve(__dirname, "..")
const medusa = path.join(ROOT, "node_modules", ".bin", "medusa")
const PROD_APP = path.join(ROOT, "bench", "prod-app")
// The CLI's own entry, without the wrapper that registers ts-node: what a production install runs.
const medusaEntry = path.join(ROOT, "node_modules", "@medusajs", "cli", "dist", "index.js")
const VARIANTS_PER_PRODUCT = 5
const SIZES = (process.env.BENCH_SIZES ?? "100000,200000").split(",").map(Number)
// The heap limit of the `bounded_heap` figures: Node's default here is 4 GB (a share of the
// machine's memory), and V8 lets garbage pile up to several times the live heap below it.
const BOUNDED_HEAP = ["--max-old-space-size=384"]
const SKIP = new Set((process.env.BENCH_SKIP ?? "").split(",").map((s) => s.trim()))

const TARGETS = { variants_per_s: ">= 5000", peak_rss_mb: "<= 350", speedup_vs_baseline: ">= 2", memory_growth_per_100k_mb: "<= 20", delta_sent: "= 1000", delta_time_ratio: "<= 0.1" }
const DESCRIPTION =
  "The whole full sync of the seeded catalog (100,000 variants) in the production worker (`medusa start`, MEDUSA_WORKER_MODE=worker, the built plugin, Node's default heap limit): the plugin's daily job from an empty snapshot (change detection, snapshot, validation, the Google XML feed to the File module, reconcile, push to a counting provider); its peak RSS with Medusa's boot; the catalog at twice the size for memory growth; 1,000 variants edited through Medusa's workflows, then the delta job."
const BASELINE =
  "What a competent developer writes with Medusa's APIs, in the same kind of worker: query.graph pages of 250 products with variants.calculated_price in the channel's market, each variant a row of the same XML format, streamed through gzip to a file (no validation, change detection or push)."

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

/** Reads `BENCH_RESULT {...}` from a child's stdout; prints its `[bench]` lines. */
function collect(child, name) {
  return new Promise((resolve, reject) => {
    let result = null
    let buf = ""
    child.stdout.on("data", (d) => {
      buf += d
      let i
      while ((i = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, i)
        buf = buf.slice(i + 1)
        if (line.startsWith("BENCH_RESULT ")) result = JSON.parse(line.slice(13))
        else if (line.includes("[bench]")) console.log(line)
      }
    })
    child.on("exit", (code) => (result ? resolve(result) : reject(new Error(`${name} exited ${code} without a result`))))
  })
}

/** A task in a `medusa exec` development process (bench/feed-task.ts). */
function devStage(name, env, args = []) {
  const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(process.env.BENCH_CPU_PROF)] : []
  const child = spawn(process.execPath, [...prof, medusa, "exec", "./bench/feed-task.ts", name, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] })
  return collect(child, name)
}

/** A task in the production worker: `medusa start`, worker mode, the job bench-feed runs it. */
async function worker(task, env, pgPid, extraFlags = []) {
  const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(process.env.BENCH_CPU_PROF)] : []
  const t0 = Date.now()
  const flags = [...(process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean), ...extraFlags]
  const child = spawn(process.execPath, [...prof, ...flags, medusaEntry, "start"], {
    cwd: PROD_APP,
    env: { ...env, NODE_ENV: "production", MEDUSA_WORKER_MODE: "worker", PORT: String(await freePort()), BENCH_TASK: task, BENCH_PG_PID: String(pgPid ?? "") },
    stdio: ["ignore", "pipe", "inherit"],
  })
  const r = await collect(child, `worker ${task}`)
  r.process_s = (Date.now() - t0) / 1000
  console.log(`[bench] worker ${task}${extraFlags.length ? ` ${extraFlags.join(" ")}` : ""}`, JSON.stringify(r))
  if (r.error) throw new Error(`worker ${task}: ${r.error}`)
  return r
}

async function main() {
  const keep = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : null
  const dataDir = keep ? path.join(keep, "data") : path.join(os.tmpdir(), `social-bench-feed-${process.pid}`, "data")
  const seededFile = keep && path.join(keep, "seeded.json")
  const pg = await startEmbeddedPostgres({ dataDir, persistent: !!keep })
  // The postmaster's pid (first line of postmaster.pid): the worker counts PostgreSQL's CPU seconds.
  let pgPid = null
  try {
    pgPid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]) || null
  } catch {
    // A throwaway cluster may live in a folder of its own (scripts/lib/embedded-pg.js): no PostgreSQL CPU figure.
  }
  const db = "social_bench_feed"
  await pg.createDatabase(db)
  const env = { ...process.env, DATABASE_URL: pg.url(db), NODE_ENV: "development", LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true", ADMIN_DISABLED: "true" }
  delete env.REDIS_URL
  try {
    console.log("[bench] migrating")
    if (spawnSync(medusa, ["db:migrate"], { cwd: ROOT, env, stdio: "inherit" }).status !== 0) throw new Error("migration failed")
    let seeded = seededFile && fs.existsSync(seededFile) ? JSON.parse(fs.readFileSync(seededFile, "utf8")) : { products: 0, seed_s: 0 }
    if (!(process.env.BENCH_REUSE_BUILD && fs.existsSync(path.join(ROOT, ".medusa", "server")))) {
      console.log("[bench] building the plugin (medusa plugin:build)")
      if (spawnSync(medusa, ["plugin:build"], { cwd: ROOT, env: { ...process.env, NODE_ENV: "production" }, stdio: "inherit" }).status !== 0) throw new Error("plugin:build failed")
    }
    const bySize = []
    for (const size of SIZES) {
      const products = Math.round(size / VARIANTS_PER_PRODUCT)
      if (seeded.products && products === 2 * seeded.products && !process.env.BENCH_SEED_ALL) {
        // Twice the catalog: a copy in PostgreSQL (bench/lib/clone-catalog.js), not the module seed.
        const t = Date.now()
        const counts = await cloneCatalog(pg.url(db))
        seeded = { products, seed_s: seeded.seed_s, cloned_s: (Date.now() - t) / 1000 }
        if (seededFile) fs.writeFileSync(seededFile, JSON.stringify(seeded))
        console.log(`[bench] copied the catalog to ${products * VARIANTS_PER_PRODUCT} variants in ${seeded.cloned_s} s`, JSON.stringify(counts))
      } else if (seeded.products < products) {
        const s = await devStage("seed", env, [String(seeded.products), String(products)])
        seeded = { products, seed_s: seeded.seed_s + s.seed_s }
        if (seededFile) fs.writeFileSync(seededFile, JSON.stringify(seeded))
        console.log(`[bench] seeded ${products * VARIANTS_PER_PRODUCT} variants (${s.seed_s.toFixed(0)} s)`)
      }
      const full = await worker("full", env, pgPid)
      const entry = { variants: products * VARIANTS_PER_PRODUCT, full }
      // The baseline at the first size only: the speedup is the headline's; a second size is for memory growth.
      if (!SKIP.has("baseline") && size === SIZES[0]) entry.baseline = await worker("baseline", env, pgPid)
      // Not the headline: the same full sync (and at the first size the baseline) in workers given a heap limit.
      if (!SKIP.has("bounded")) {
        entry.bounded = { full: await worker("full", env, pgPid, BOUNDED_HEAP) }
        if (!SKIP.has("baseline") && size === SIZES[0]) entry.bounded.baseline = await worker("baseline", env, pgPid, BOUNDED_HEAP)
      }
      if (size === SIZES[0]) {
        if (!SKIP.has("delta")) entry.delta = await worker("delta", env, pgPid)
        if (!SKIP.has("stages")) {
          entry.stages = await devStage("full", env)
          console.log("[bench] stages", JSON.stringify(entry.stages))
        }
      }
      bySize.push(entry)
    }

    const r2 = (n) => Math.round(n * 100) / 100
    const [first, second] = bySize
    const sizeFigures = (e) => ({
      variants: e.variants,
      full_sync_s: r2(e.full.total_s),
      variants_per_s: Math.round(e.variants / e.full.total_s),
      peak_rss_mb: e.full.peak_rss_mb,
      boot_peak_rss_mb: e.full.boot.peak_rss_mb,
      full_sync_cpu_s: e.full.cpu_s,
      // PostgreSQL's CPU seconds during the sync: with the worker's, what a loaded machine does not inflate.
      full_sync_pg_cpu_s: e.full.pg_cpu_s ?? null,
      run_status: e.full.run_status,
      // When each stage of the run began (seconds from the job's start): snapshot, feed, push.
      stage_starts_s: e.full.stage_starts_s ?? null,
      run_results: e.full.results,
      sent: e.full.sent,
      feed_items: e.full.feed_items,
      feed_gz_bytes: e.full.feed_bytes,
      baseline: e.baseline
        ? { total_s: r2(e.baseline.total_s), cpu_s: e.baseline.cpu_s ?? null, pg_cpu_s: e.baseline.pg_cpu_s ?? null, variants_per_s: Math.round(e.baseline.items / e.baseline.total_s), peak_rss_mb: e.baseline.peak_rss_mb, items: e.baseline.items, feed_gz_bytes: e.baseline.bytes }
        : null,
      speedup_vs_baseline: e.baseline ? r2(e.baseline.total_s / e.full.total_s) : null,
    })
    const head = sizeFigures(first)
    report("feed", {
      description: DESCRIPTION,
      baseline: BASELINE,
      headline: ["variants_per_s", "peak_rss_mb", "speedup_vs_baseline"],
      // Headline: the first size's full sync in the production worker (docs/catalog.md).
      variants: head.variants,
      variants_per_s: head.variants_per_s,
      peak_rss_mb: head.peak_rss_mb,
      speedup_vs_baseline: head.speedup_vs_baseline,
      memory_growth_per_100k_mb: second ? Math.round(((second.full.peak_rss_mb - first.full.peak_rss_mb) * 100000) / (second.variants - first.variants)) : null,
      delta_sent: first.delta?.sent ?? null,
      delta_time_ratio: first.delta ? r2(first.delta.total_s / first.full.total_s) : null,
      targets: TARGETS,
      process: "medusa start, MEDUSA_WORKER_MODE=worker, NODE_ENV=production, built plugin, default heap limit",
      sizes: bySize.map(sizeFigures),
      delta: first.delta ?? null,
      // Not the headline: the full sync and the baseline with the worker's heap limit set to 384 MB.
      bounded_heap: first.bounded
        ? {
            node_flags: BOUNDED_HEAP.join(" "),
            full_sync_s: r2(first.bounded.full.total_s),
            variants_per_s: Math.round(first.variants / first.bounded.full.total_s),
            peak_rss_mb: first.bounded.full.peak_rss_mb,
            full_sync_cpu_s: first.bounded.full.cpu_s,
            full_sync_pg_cpu_s: first.bounded.full.pg_cpu_s ?? null,
            baseline_s: first.bounded.baseline ? r2(first.bounded.baseline.total_s) : null,
            baseline_peak_rss_mb: first.bounded.baseline?.peak_rss_mb ?? null,
            speedup_vs_baseline: first.bounded.baseline ? r2(first.bounded.baseline.total_s / first.bounded.full.total_s) : null,
            memory_growth_per_100k_mb: second?.bounded ? Math.round(((second.bounded.full.peak_rss_mb - first.bounded.full.peak_rss_mb) * 100000) / (second.variants - first.variants)) : null,
            sizes: bySize.filter((e) => e.bounded).map((e) => ({ variants: e.variants, full_sync_s: r2(e.bounded.full.total_s), peak_rss_mb: e.bounded.full.peak_rss_mb, stage_starts_s: e.bounded.full.stage_starts_s })),
          }
        : null,
      // Not the headline: the stages of the same full sync timed apart in a development process.
      stages: first.stages ?? null,
      seed_s: r2(seeded.seed_s),
    })
  } finally {
    await pg.stop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
