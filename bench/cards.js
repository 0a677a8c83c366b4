// `npm run bench -- cards`: product cards on a production server, against headless Chromium.
// Figures go to bench/results/cards.json; what they mean and the latest ones: docs/cards.md.
//
// The server is bench/prod-app (a store that installed the BUILT plugin, `medusa plugin:build`;
// config in JavaScript) under `medusa start` with NODE_ENV=production and no TypeScript loaded,
// on an embedded PostgreSQL seeded with about 470 published products, each with its own photo stored
// by the File module (bench/lib/cards-seed.ts).
//
//   cold_request_p50_ms    a crawler's first request for a product's og card, end to end:
//                          GET /social/cards/<id>/og.png (product, price and channel query,
//                          photo read, render on a pool thread, File module write, record) and
//                          the 302 it answers followed to the stored image's bytes. One product
//                          per sample, never asked for before; sequential; >= 50 samples
//   cards_per_s            8 concurrent clients, each taking the next of 200 products never
//                          asked for before and fetching its og card as above; with the pool at
//                          its default size (a thread per core but one: `default_pool`), and
//                          compared at every core (`all_threads`) and at one thread
//   peak_rss_mb            the default server process's RSS (its render threads included),
//                          sampled every 50 ms from its spawn: boot, the cold run, og-light, the
//                          concurrent run
//   bounded_heap           not the headline: the default pool's concurrent run and peak on a
//                          server started with --max-old-space-size=384
//   og_light_max_bytes     the largest og-light.jpg among 20 products (WhatsApp's budget: 300 KB)
//   render_p50_ms          the plugin's renderer (same code as a pool thread runs: fit the photo,
//                          satori, rasterise, encode PNG) in this process, photo bytes to PNG bytes,
//                          after the warm-up a pool thread runs when it starts
//   chromium_p50_ms        the baseline a developer would write: one headless Chromium page kept
//                          open with the fonts loaded once; per card its HTML (same layout, the
//                          photo as a data URI, object-fit: cover) set into the page, the photo
//                          decoded, a PNG screenshot taken. Measured interleaved with render_p50_ms
//   speedup_vs_chromium    chromium_p50_ms / render_p50_ms
//
// BENCH_REUSE_BUILD=1 skips `plugin:build` (when .medusa/server is from the same source);
// CARDS_BENCH_ONLY=chromium runs the last part alone, CARDS_BENCH_ONLY=server all but it; CARDS_BENCH_COLD (default 60) and CARDS_BENCH_CHROMIUM (default 40) set the sample counts.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const http = require("http")
const { spawn } = require("child_process")
const { report, percentile } = require("./_report")
const { startEmbeddedPostgres, pickPort } = require("../scripts/lib/embedded-pg")
const { buildPlugin } = require("../scripts/lib/playground")

const ROOT = path.resolve(__dirname, "..")
const PROD_APP = path.join(ROOT, "bench", "prod-app")
// The CLI's own entry, without the wrapper (node_modules/.bin/medusa) that registers ts-node:
// what a production install (no dev dependencies) runs.
const MEDUSA = path.join(ROOT, "node_modules", "@medusajs", "cli", "dist", "index.js")

const N_COLD = Math.max(50, Number(process.env.CARDS_BENCH_COLD ?? 60))
const N_CHROMIUM = Number(process.env.CARDS_BENCH_CHROMIUM ?? 40)
const N_CONCURRENT = 200
const CLIENTS = 8
const N_LIGHT = 20
const N_WARM = 3
const BOUNDED_HEAP = ["--max-old-space-size=384"]
// Every product is asked for once: warm-up, cold samples, and each concurrent run its own 200
// (the default pool, the other pool size, the bounded heap).
const PRODUCTS = 1 + N_WARM + N_COLD + N_CONCURRENT + 2 * (1 + N_CONCURRENT)
const round = (x) => Math.round(x * 10) / 10

function run(args, env, opts = {}, nodeFlags = []) {
  const child = spawn(process.execPath, [...nodeFlags, MEDUSA, ...args], {
    cwd: PROD_APP,
    env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NODE_ENV: "production", LOG_LEVEL: "error", ...env },
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
      // fields[2] is pgrp, fields[21] rss in pages (man 5 proc, counted from field 3 "state")
      if (Number(fields[2]) === pgid) total += Number(fields[21]) * 4096
    } catch {
      // ended meanwhile
    }
  }
  return total
}

function get(agent, port, p) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: p, agent }, (res) => {
      const chunks = []
      res.on("data", (c) => chunks.push(c))
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on("error", reject)
  })
}

/** A crawler's fetch of a card: the stable URL, then the stored image it redirects to. */
async function fetchCard(agent, port, productId, file = "og.png") {
  const first = await get(agent, port, `/social/cards/${productId}/${file}`)
  if (first.status !== 302) throw new Error(`/social/cards/${productId}/${file} answered ${first.status}: ${first.body.toString().slice(0, 500)}`)
  const image = await get(agent, port, first.headers.location)
  if (image.status !== 200) throw new Error(`${first.headers.location} answered ${image.status}`)
  return image.body
}

/** `medusa start` in bench/prod-app with the render pool at `threads` (null: the pool's default size). */
async function startServer(databaseUrl, threads, nodeFlags = []) {
  const port = await pickPort()
  const server = run(["start"], { DATABASE_URL: databaseUrl, PORT: String(port), ...(threads ? { SOCIAL_CARD_RENDER_THREADS: String(threads) } : {}) }, { detached: true }, nodeFlags)
  const pgid = server.child.pid
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, groupRss(pgid))), 50)
  const t0 = performance.now()
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS })
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`server exited:\n${server.output().slice(-3000)}`)
    if (await get(agent, port, "/health").then((r) => r.status === 200, () => false)) break
    if (performance.now() - t0 > 120_000) throw new Error(`server did not start:\n${server.output().slice(-3000)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  // Once booted (the render threads have loaded satori, sharp and the fonts by now, or are
  // loading them): what the server holds before any card.
  await new Promise((r) => setTimeout(r, 2000))
  const bootRss = groupRss(pgid)
  return {
    port,
    agent,
    bootMs: performance.now() - t0,
    bootRssMb: Math.round(bootRss / 1048576),
    peakRssMb: () => Math.round(Math.max(peak, groupRss(pgid)) / 1048576),
    async stop() {
      clearInterval(sampler)
      agent.destroy()
      try {
        process.kill(-pgid, "SIGTERM")
      } catch {}
      await Promise.race([server.done, new Promise((r) => setTimeout(r, 8000))])
      try {
        process.kill(-pgid, "SIGKILL")
      } catch {}
    },
  }
}

/** 8 clients share a queue of products; each fetches the og card of the next one. */
async function concurrentRun(server, ids) {
  const queue = [...ids]
  const latencies = []
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const t = performance.now()
        await fetchCard(server.agent, server.port, id)
        latencies.push(performance.now() - t)
      }
    })
  )
  const seconds = (performance.now() - t0) / 1000
  return { cards_per_s: round(ids.length / seconds), request_p50_ms: round(percentile(latencies, 50)), request_p95_ms: round(percentile(latencies, 95)) }
}

async function serverFigures() {
  if (process.env.BENCH_REUSE_BUILD !== "1" || !fs.existsSync(path.join(ROOT, ".medusa", "server", "src"))) {
    console.log("[bench] plugin:build")
    await buildPlugin()
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cards-bench-"))
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), persistent: false })
  const outFile = path.join(tmp, "seed.json")
  const servers = []
  try {
    await pg.createDatabase("cards_bench")
    const databaseUrl = pg.url("cards_bench")
    console.log("[bench] migrate and seed")
    const migrate = run(["db:migrate"], { DATABASE_URL: databaseUrl })
    if ((await migrate.done) !== 0) throw new Error(`db:migrate failed:\n${migrate.output().slice(-3000)}`)
    // The seed is TypeScript: it runs through the CLI wrapper, which loads ts-node (the server
    // never does).
    const seedTs = spawn(path.join(ROOT, "node_modules", ".bin", "medusa"), ["exec", "../lib/cards-seed.ts"], {
      cwd: PROD_APP,
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "error", DATABASE_URL: databaseUrl, CARDS_BENCH_OUT: outFile, CARDS_BENCH_PRODUCTS: String(PRODUCTS) },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let seedOut = ""
    seedTs.stdout.on("data", (d) => (seedOut += d))
    seedTs.stderr.on("data", (d) => (seedOut += d))
    if ((await new Promise((r) => seedTs.on("exit", r))) !== 0) throw new Error(`seed failed:\n${seedOut.slice(-3000)}`)
    const ids = JSON.parse(fs.readFileSync(outFile, "utf8")).product_ids
    const take = (n) => ids.splice(0, n)

    console.log("[bench] server with the pool on every core: cold requests, og-light, 8 clients")
    const all = await startServer(databaseUrl, null)
    servers.push(all)
    let t = performance.now()
    await fetchCard(all.agent, all.port, take(1)[0])
    const firstAfterBoot = performance.now() - t
    for (const id of take(N_WARM)) await fetchCard(all.agent, all.port, id)
    const cold = []
    const rendered = []
    const found = []
    const redirect = []
    // The Server-Timing parts of each cold request (the route reports them): check (feature
    // switch, format), prepare (all reads before the hash: db, the product, prices and channels;
    // photo, the image bytes), lookup (the hash's record), render (pool thread), store (File
    // module write), record (the row).
    const parts = {}
    for (const id of take(N_COLD)) {
      t = performance.now()
      const first = await get(all.agent, all.port, `/social/cards/${id}/og.png`)
      redirect.push(performance.now() - t)
      if (first.status !== 302) throw new Error(`og.png answered ${first.status}: ${first.body}`)
      const timing = String(first.headers["server-timing"] ?? "")
      for (const m of timing.matchAll(/(\w+);dur=([\d.]+)/g)) (parts[m[1]] ??= []).push(Number(m[2]))
      const image = await get(all.agent, all.port, first.headers.location)
      cold.push(performance.now() - t)
      // A request that found its card already stored (nothing else should have rendered it; if
      // something did, the figure says so instead of mixing both kinds).
      ;(/\brender;/.test(timing) ? rendered : found).push(performance.now() - t)
      if (image.status !== 200) throw new Error(`${first.headers.location} answered ${image.status}`)
    }
    const light = []
    for (const id of ids.slice(0, N_LIGHT)) light.push((await fetchCard(all.agent, all.port, id, "og-light.jpg")).length)
    // The pool's default size (one thread per core but one: the server's own thread needs a
    // core) is what a merchant runs: its concurrent run and peak are the headline. Throughput is
    // also compared between a pool on every core and one thread, each on a server of its own
    // unless the default already is that size.
    const defaultThreads = Math.max(1, os.availableParallelism() - 1)
    const defaultRun = await concurrentRun(all, take(N_CONCURRENT))
    const peakDefault = all.peakRssMb()
    await all.stop()
    // A server of its own for one concurrent run: its throughput and its peak.
    const concurrentOn = async (label, threads, nodeFlags = []) => {
      console.log(`[bench] server with ${label}: 8 clients`)
      const server = await startServer(databaseUrl, threads, nodeFlags)
      servers.push(server)
      await fetchCard(server.agent, server.port, take(1)[0])
      const run = await concurrentRun(server, take(N_CONCURRENT))
      const peak = server.peakRssMb()
      await server.stop()
      return { run, peak, bootRssMb: server.bootRssMb }
    }
    const sized = (threads) => (threads === defaultThreads ? { run: defaultRun, peak: peakDefault } : concurrentOn(`${threads} render thread(s)`, threads))
    const every = await sized(os.availableParallelism())
    const one = await sized(1)
    // Not the headline: the default pool on a server given a heap limit (Node's default here is
    // 4 GB, a share of the machine's memory, and V8 lets garbage pile up well below it).
    const bounded = await concurrentOn(`the default pool and ${BOUNDED_HEAP.join(" ")}`, null, BOUNDED_HEAP)

    return {
      server: "bench/prod-app (built plugin), medusa start, NODE_ENV=production, embedded PostgreSQL, local File provider",
      boot_ms: Math.round(all.bootMs),
      first_request_after_boot_ms: Math.round(firstAfterBoot),
      cold_request_p50_ms: round(percentile(cold, 50)),
      cold_request_p95_ms: round(percentile(cold, 95)),
      cold_request_samples: cold.length,
      cold_request_rendered: { samples: rendered.length, p50_ms: round(percentile(rendered, 50)) },
      cold_request_found_stored: { samples: found.length, p50_ms: round(percentile(found, 50)) },
      cold_redirect_p50_ms: round(percentile(redirect, 50)),
      cold_request_parts_p50_ms: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round(percentile(v, 50))])),
      render_threads: defaultThreads,
      cores: os.availableParallelism(),
      cards_per_s: { default_pool: defaultRun.cards_per_s, all_threads: every.run.cards_per_s, one_thread: one.run.cards_per_s, clients: CLIENTS, cards: N_CONCURRENT },
      concurrent_request_ms: { default_pool: defaultRun, all_threads: every.run, one_thread: one.run },
      peak_rss_mb: peakDefault,
      rss_after_boot_mb: all.bootRssMb,
      peak_rss_mb_all_threads: every.peak,
      peak_rss_mb_one_thread: one.peak,
      bounded_heap: { node_flags: BOUNDED_HEAP.join(" "), rss_after_boot_mb: bounded.bootRssMb, peak_rss_mb: bounded.peak, ...bounded.run },
      og_light_max_bytes: Math.max(...light),
      og_light_samples: light.length,
    }
  } finally {
    for (const s of servers) await s.stop().catch(() => {})
    await pg.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

// ---- renderer against Chromium, same cards, interleaved ----

/** CPU time (ms) of this process's descendants (Chromium's browser, renderer, GPU processes). */
function descendantsCpuMs() {
  const parent = new Map()
  const cpu = new Map()
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      parent.set(Number(entry), Number(fields[1]))
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) * 10)
    } catch {}
  }
  let total = 0
  for (const [pid, ms] of cpu) {
    for (let p = parent.get(pid); p; p = parent.get(p)) {
      if (p === process.pid) {
        total += ms
        break
      }
    }
  }
  return total
}
const ownCpuMs = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

const colors = { primary: "#111827", accent: "#e11d48", background: "#ffffff", text: "#111827" }
function shown(i) {
  return {
    title: `Crème brûlée jacket n°${i}, édition spéciale`,
    variantTitle: "M / Rouge",
    price: { current: `${80 + i},00 €`, original: `${100 + i},00 €` },
    availability: "in stock",
    availabilityLabel: "En stock",
    brandName: "Acme",
    colors,
  }
}

async function photo(sharp, i) {
  const hue = (i * 37) % 360
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: `hsl(${hue}, 70%, 55%)` } })
    .composite([{ input: Buffer.from(`<svg width="1200" height="900"><circle cx="${400 + (i % 400)}" cy="450" r="${200 + (i % 150)}" fill="hsl(${(hue + 180) % 360}, 80%, 50%)"/></svg>`) }])
    .jpeg({ quality: 85 })
    .toBuffer()
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

// The og layout of templates.ts as HTML and CSS.
function cardBody(c, imageUri) {
  return `<img id="p" src="${imageUri}"><div class="w"><div class="b">${esc(c.brandName)}</div><div><div class="t">${esc(c.title)}</div><div class="v">${esc(c.variantTitle)}</div></div>
  <div class="r"><div><span class="p">${esc(c.price.current)}</span><span class="o">${esc(c.price.original)}</span></div><div class="a">${esc(c.availabilityLabel)}</div></div></div>`
}

function pageHtml() {
  const font = (w, f) => `@font-face{font-family:Inter;font-weight:${w};src:url(data:font/ttf;base64,${fs.readFileSync(require.resolve(`@expo-google-fonts/inter/${f}`)).toString("base64")})}`
  return `<!doctype html><html><head><style>${font(400, "400Regular/Inter_400Regular.ttf")}${font(700, "700Bold/Inter_700Bold.ttf")}
  *{margin:0;box-sizing:border-box}body{width:1200px;height:630px;display:flex;font-family:Inter;background:${colors.background};color:${colors.text}}
  img{width:560px;height:630px;object-fit:cover;flex-shrink:0}.w{display:flex;flex-direction:column;justify-content:space-between;padding:48px 56px;flex-grow:1}
  .b{font-size:34px;font-weight:700;color:${colors.primary}}.t{font-size:52px;font-weight:700;line-height:1.15}.v{font-size:29px;opacity:.7}
  .r{display:flex;align-items:center;justify-content:space-between}.p{font-size:48px;font-weight:700;color:${colors.accent}}.o{font-size:29px;opacity:.6;text-decoration:line-through;margin-left:20px}
  .a{font-size:24px;font-weight:700;color:#fff;background:${colors.primary};border-radius:999px;padding:7px 19px;white-space:nowrap}</style></head>
  <body><span style="font-weight:400">.</span><b>.</b></body></html>`
}

async function chromiumFigures() {
  require("./lib/ts-hook")
  const sharp = require("sharp")
  const { runRenderTask } = require("../src/modules/social-card/lib/render-task")
  const { warmUpRenderer } = require("../src/modules/social-card/lib/render-warm-up")
  const executablePath = "/usr/bin/chromium"
  if (!fs.existsSync(executablePath)) {
    return { chromium: "not installed (apt-get install -y chromium)" }
  }
  const { chromium } = require("playwright-core")
  const browser = await chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] })
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 } })
    // Fonts loaded once, with the page.
    await page.setContent(pageHtml(), { waitUntil: "load" })
    await page.evaluate(() => document.fonts.ready)
    const shot = async (i, bytes) => {
      await page.evaluate(async (html) => {
        document.body.innerHTML = html
        await document.getElementById("p").decode()
      }, cardBody(shown(i), `data:image/jpeg;base64,${bytes.toString("base64")}`))
      return page.screenshot({ type: "png" })
    }
    const render = (i, bytes) => runRenderTask({ format: "og", shown: shown(i), image: bytes, imageHash: null, logo: null, logoHash: null })
    // The renderer as a pool thread serves a card: each thread runs this warm-up when it starts
    // (render-worker.ts). Chromium's engine is compiled ahead of time; satori's JavaScript is
    // compiled by V8 as it runs. Not timed; the timed part is unchanged.
    await warmUpRenderer()
    for (let i = 0; i < 5; i++) {
      const bytes = await photo(sharp, -1 - i)
      await shot(-i, bytes)
      await render(-i, bytes)
    }
    const chrome = []
    const ours = []
    // CPU time, which a loaded machine hardly moves (wall-clock time it does): Chromium's is its
    // processes' plus this process's (the driver); the renderer's is this process's, libuv's
    // threads included.
    const cpu = { chrome: 0, ours: 0 }
    for (let i = 0; i < N_CHROMIUM; i++) {
      // A photo neither has seen (made before the clock starts); the order alternates.
      const bytes = await photo(sharp, 5000 + i)
      const measure = async (list, fn) => {
        const t = performance.now()
        const out = await fn()
        list.push(performance.now() - t)
        return out
      }
      const both = {
        chrome: async () => {
          const c0 = descendantsCpuMs() + ownCpuMs()
          await measure(chrome, () => shot(i, bytes))
          cpu.chrome += descendantsCpuMs() + ownCpuMs() - c0
        },
        ours: async () => {
          const c0 = ownCpuMs()
          await measure(ours, () => render(i, bytes))
          cpu.ours += ownCpuMs() - c0
        },
      }
      if (i % 2) {
        await both.chrome()
        await both.ours()
      } else {
        await both.ours()
        await both.chrome()
      }
      if (i === 0) {
        fs.writeFileSync(path.join(os.tmpdir(), "cards-bench-chromium.png"), await shot(i, bytes))
        fs.writeFileSync(path.join(os.tmpdir(), "cards-bench-og.png"), (await render(i, bytes)).bytes)
      }
    }
    const r = round(percentile(ours, 50))
    const c = round(percentile(chrome, 50))
    return {
      render_p50_ms: r,
      chromium_p50_ms: c,
      chromium_samples: chrome.length,
      speedup_vs_chromium: round(c / r),
      render_cpu_ms_per_card: round(cpu.ours / N_CHROMIUM),
      chromium_cpu_ms_per_card: round(cpu.chrome / N_CHROMIUM),
      speedup_vs_chromium_cpu: round(cpu.chrome / cpu.ours),
    }
  } finally {
    await browser.close()
  }
}

async function main() {
  const loadAtStart = os.loadavg().map(round)
  // CARDS_BENCH_ONLY=chromium: the renderer against Chromium alone (no server, no build);
  // CARDS_BENCH_ONLY=server: the server's figures alone (no Chromium).
  const only = process.env.CARDS_BENCH_ONLY
  const server = only === "chromium" ? {} : await serverFigures()
  const browser = only === "server" ? {} : await chromiumFigures()
  report("cards", {
    description:
      "A crawler's first request for a product's og card on a production server (`medusa start`), end to end: GET /social/cards/<id>/og.png (query, render on the pool, File module write, record) and the 302 followed to the image; 8 concurrent clients over 200 new cards with the pool at its default size (a thread per core but one), compared at every core and at one thread; the default server's peak RSS, boot included; the renderer against headless Chromium.",
    baseline: "Headless Chromium with one page kept open and the Inter fonts loaded once: the same og layout as HTML set into it per card, the photo decoded, a PNG screenshot (interleaved with the renderer, fresh photo each).",
    headline: ["cold_request_p50_ms", "cards_per_s", "peak_rss_mb", "speedup_vs_chromium"],
    load_average_at_start: loadAtStart,
    load_average_at_end: os.loadavg().map(round),
    ...server,
    ...(server.cards_per_s ? { cards_per_s_all_vs_one_thread: round(server.cards_per_s.all_threads / server.cards_per_s.one_thread) } : {}),
    ...browser,
    targets: {
      cold_request_p50_ms: "<= 100",
      cards_per_s_all_vs_one_thread: "> 1",
      peak_rss_mb: "<= 400",
      speedup_vs_chromium: ">= 5",
      og_light_max_bytes: "<= 307200",
    },
  })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
