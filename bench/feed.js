#!/usr/bin/env node
// `npm run bench -- feed`: seeds 100,000 variants (20,000 products x 5 sizes) into a throwaway
// embedded PostgreSQL through Medusa's modules in batches of 1,000 products, then measures, each
// stage in its own `medusa exec` process (so peak RSS is that stage's own):
//   full   snapshot from Medusa (query.graph pages, pricing) + Google XML feed + push to a counting provider
//   full_prod  the same in the production process (bench/prod-app, built plugin; not in the default list)
//   feed   the Google XML feed from the snapshot to the gzipped file (variants_per_s; peak_rss_mb_development)
//   feed_prod  the same feed in the production process, 3 times (peak_rss_mb: the worst of them)
//   naive  one query.graph of everything + the XML built as one string in memory
//   delta  1% of the variants changed: snapshot + feed + push again (delta_sent, delta_time_ratio)
// Set BENCH_PRODUCTS / BENCH_VARIANTS_PER_PRODUCT for a smaller run. BENCH_DATA_DIR keeps the
// seeded database in that folder, so later runs skip the seeding (about 25 minutes at 100,000
// variants; one folder per catalog size, a second size seeded into it would collide); BENCH_STAGES=full,feed picks stages (the report then holds only their figures);
// BENCH_CPU_PROF=<dir> writes a CPU profile of each development-mode stage there.
// Memory of the full stage (development process): BENCH_MEM_LOG=<n> prints the heap by space and
// the GC counts every n snapshot pages, with BENCH_GC=1 after a forced full GC (the live set; the
// stage's times then do not count); BENCH_HEAP_PROF=<file> samples what outlives a scavenge (what
// fills the old generation); BENCH_PAGE_SIZE sets the builder's page size. NODE_OPTIONS reaches
// every stage process (e.g. --max-old-space-size=1024, as docs/catalog.md recommends for the
// worker). BENCH_REUSE_BUILD=1 skips `plugin:build` when an earlier run built the same source.
// BENCH_PROD_RUNS (default 3): how many production feed processes; the worst peak is reported.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { spawn, spawnSync } = require("child_process")
const { startEmbeddedPostgres } = require("../scripts/lib/embedded-pg")
const { report } = require("./_report")

const ROOT = path.resolve(__dirname, "..")
const medusa = path.join(ROOT, "node_modules", ".bin", "medusa")

// playground/medusa-config.ts in plain JavaScript, as `medusa build` ships an app's config.
const PROD_APP = path.join(ROOT, "bench", "prod-app")
const PROD_RUNS = Math.max(1, Number(process.env.BENCH_PROD_RUNS ?? 3))
// The CLI's own entry, without the wrapper (node_modules/.bin/medusa) that registers ts-node when
// it is installed: what a production install (`npm install` with NODE_ENV=production, so without
// dev dependencies such as ts-node) runs.
const medusaEntry = path.join(ROOT, "node_modules", "@medusajs", "cli", "dist", "index.js")

/**
 * Runs one stage in its own `medusa exec` process. `prod` runs the feed stage as a production
 * store does: in bench/prod-app/ (the built plugin installed, config in JavaScript),
 * NODE_ENV=production, no TypeScript; with `tsNode` through the CLI wrapper, which also loads
 * ts-node (and with it TypeScript) when it is installed.
 */
function stage(name, env, { prod = false, tsNode = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = prod
      ? spawn(tsNode ? medusa : process.execPath, [...(tsNode ? [] : [medusaEntry]), "exec", "../feed-task-prod.js", ...(name === "full_prod" ? ["full"] : [])], {
          cwd: PROD_APP,
          env: { ...env, NODE_ENV: "production" },
          stdio: ["ignore", "pipe", "inherit"],
        })
      : process.env.BENCH_CPU_PROF
        ? // A CPU profile of the stage (open the .cpuprofile in Chrome DevTools or speedscope).
          spawn(process.execPath, ["--cpu-prof", "--cpu-prof-dir", path.resolve(process.env.BENCH_CPU_PROF), medusa, "exec", "./bench/feed-task.ts", name], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] })
        : spawn(medusa, ["exec", "./bench/feed-task.ts", name], { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] })
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
    child.on("exit", (code) => (result ? resolve(result) : reject(new Error(`stage ${name} exited ${code} without a result`))))
  })
}

async function main() {
  const keep = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : null
  const dataDir = keep ? path.join(keep, "data") : path.join(os.tmpdir(), `social-bench-feed-${process.pid}`, "data")
  const seededFile = keep && path.join(keep, `seeded-${process.env.BENCH_PRODUCTS ?? 20000}x${process.env.BENCH_VARIANTS_PER_PRODUCT ?? 5}.json`)
  const stages = (process.env.BENCH_STAGES ?? "full,feed,feed_prod,naive,delta").split(",").map((s) => s.trim())
  const pg = await startEmbeddedPostgres({ dataDir, persistent: !!keep })
  const db = "social_bench_feed"
  await pg.createDatabase(db)
  const env = {
    ...process.env,
    DATABASE_URL: pg.url(db),
    NODE_ENV: "development",
    LOG_LEVEL: "error",
    MEDUSA_DISABLE_TELEMETRY: "true",
    ADMIN_DISABLED: "true",
    REDIS_URL: "",
  }
  delete env.REDIS_URL
  try {
    let seeded = seededFile && fs.existsSync(seededFile) ? JSON.parse(fs.readFileSync(seededFile, "utf8")) : null
    if (seeded) {
      console.log(`[bench] reusing the database seeded with ${seeded.variants} variants; migrating it to this code`)
      const m = spawnSync(medusa, ["db:migrate"], { cwd: ROOT, env, stdio: "inherit" })
      if (m.status !== 0) throw new Error("migration failed")
    } else {
      console.log("[bench] migrating")
      const m = spawnSync(medusa, ["db:migrate"], { cwd: ROOT, env, stdio: "inherit" })
      if (m.status !== 0) throw new Error("migration failed")
      seeded = await stage("seed", env)
      if (seededFile) fs.writeFileSync(seededFile, JSON.stringify(seeded))
    }
    console.log(`[bench] seeded ${seeded.variants} variants in ${seeded.seed_s.toFixed(1)} s`)
    if (process.env.BENCH_PROFILE) console.log("[bench] profile", await stage("profile", env))
    const run = async (name) => {
      if (!stages.includes(name)) return null
      const r = await stage(name, env)
      console.log(`[bench] ${name}`, r)
      return r
    }
    const full = await run("full")
    const feed = await run("feed")
    let feedProd = null
    let feedProdTsNode = null
    const feedProdRuns = []
    let fullProd = null
    // BENCH_REUSE_BUILD=1 keeps the plugin build of an earlier run (.medusa/server) when the source did not change.
    if ((stages.includes("feed_prod") || stages.includes("full_prod")) && !(process.env.BENCH_REUSE_BUILD && fs.existsSync(path.join(ROOT, ".medusa", "server")))) {
      console.log("[bench] building the plugin for the production stages")
      const b = spawnSync(medusa, ["plugin:build"], { cwd: ROOT, env: { ...process.env, NODE_ENV: "production" }, stdio: "inherit" })
      if (b.status !== 0) throw new Error("plugin:build failed")
    }
    if (stages.includes("full_prod")) {
      fullProd = await stage("full_prod", env, { prod: true }).catch((e) => (console.error(e), null))
      console.log("[bench] full_prod", fullProd)
    }
    if (stages.includes("feed_prod")) {
      // Reported when they fail, not fatal: the other stages' figures still count.
      // Several processes: a booted Medusa's own memory varies by tens of MB from one boot to the
      // next (when V8 first collects), so one run says little; the worst one is the figure.
      for (let i = 0; i < PROD_RUNS; i++) {
        const r = await stage("feed_prod", env, { prod: true }).catch((e) => (console.error(e), null))
        console.log(`[bench] feed_prod ${i + 1}/${PROD_RUNS}`, r)
        if (r) feedProdRuns.push(r)
      }
      feedProd = feedProdRuns.length ? feedProdRuns.reduce((a, b) => (b.peak_rss_mb > a.peak_rss_mb ? b : a)) : null
      feedProdTsNode = await stage("feed_prod", env, { prod: true, tsNode: true }).catch((e) => (console.error(e), null))
      console.log("[bench] feed_prod with ts-node loaded", feedProdTsNode)
    }
    const naive = await run("naive")
    const delta = await run("delta")
    const r2 = (n) => Math.round(n * 100) / 100
    if (!(full && feed && naive && delta)) {
      report("feed-partial", { variants: seeded.variants, full, full_prod: fullProd, feed, feed_prod: feedProd, feed_prod_ts_node: feedProdTsNode, naive, delta })
      return
    }
    report("feed", {
      variants: seeded.variants,
      seed_s: r2(seeded.seed_s),
      variants_per_s: Math.round(feed.items / feed.feed_s),
      // The target's figure: the production process a store's worker is (built plugin, no
      // TypeScript), the worst of BENCH_PROD_RUNS processes; the development one (ts-node compiling
      // the source in the process) when the production stage did not run.
      peak_rss_mb: feedProd?.peak_rss_mb ?? feed.peak_rss_mb,
      peak_rss_mb_development: feed.peak_rss_mb,
      feed_s: r2(feed.feed_s),
      feed_gz_bytes: feed.bytes,
      boot_rss_mb: feed.boot_rss_mb,
      boot_memory: feed.boot,
      // Production: the built plugin in bench/prod-app/, NODE_ENV=production, without and with ts-node.
      // Each production process's boot and peak (the worst is peak_rss_mb).
      peak_rss_mb_production: feedProd?.peak_rss_mb ?? null,
      production_runs: feedProdRuns.map((r) => ({ boot_rss_mb: r.boot_rss_mb, peak_rss_mb: r.peak_rss_mb, growth_mb: r.peak_rss_mb - r.boot_rss_mb, feed_s: r.feed_s })),
      variants_per_s_production: feedProd ? Math.round(feedProd.items / feedProd.feed_s) : null,
      boot_memory_production: feedProd?.boot ?? null,
      peak_rss_mb_production_with_ts_node: feedProdTsNode?.peak_rss_mb ?? null,
      boot_memory_production_with_ts_node: feedProdTsNode?.boot ?? null,
      naive_s: r2(naive.naive_s),
      naive_peak_rss_mb: naive.peak_rss_mb,
      speedup_vs_naive: r2(naive.naive_s / feed.feed_s),
      // Both in the development process, so that the two boots are alike.
      memory_ratio_vs_naive: r2(feed.peak_rss_mb / naive.peak_rss_mb),
      // The same without what a booted Medusa process holds before either starts (boot_rss_mb).
      feed_rss_growth_mb: feed.peak_rss_mb - feed.boot_rss_mb,
      naive_rss_growth_mb: naive.peak_rss_mb - naive.boot_rss_mb,
      memory_growth_ratio_vs_naive: r2((feed.peak_rss_mb - feed.boot_rss_mb) / Math.max(1, naive.peak_rss_mb - naive.boot_rss_mb)),
      full_snapshot_s: r2(full.snapshot_s),
      full_snapshot_variants_per_s: Math.round(full.variants / full.snapshot_s),
      full_snapshot_cpu_s: full.snapshot_cpu_s,
      full_snapshot_timings_ms: full.snapshot_timings_ms,
      run_total_count_s: r2(full.count_s),
      full_push_s: r2(full.push_s),
      full_sent: full.sent,
      full_total_s: r2(full.total_s),
      full_peak_rss_mb: full.peak_rss_mb,
      // The same full stage in the production process (built plugin, no TypeScript), if it ran.
      full_peak_rss_mb_production: fullProd?.peak_rss_mb ?? null,
      full_snapshot_variants_per_s_production: fullProd ? Math.round(fullProd.variants / fullProd.snapshot_s) : null,
      end_to_end_variants_per_s: Math.round(full.variants / (full.snapshot_s + full.feed_s)),
      delta_changed_variants: delta.changed,
      delta_sent: delta.sent,
      delta_total_s: r2(delta.total_s),
      delta_time_ratio: r2(delta.total_s / full.total_s),
    })
  } finally {
    await pg.stop()
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
