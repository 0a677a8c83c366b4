// `npm run bench -- cards`: card rendering against headless Chromium, the cached hit over HTTP,
// and memory while rendering 500 distinct cards. Figures go to bench/results/cards.json.
//
//   cold_render_p50_ms     og card never rendered before, warm process: fit a product photo this
//                          process has never seen (each sample draws its own photo, before the clock
//                          starts), lay out the words with satori, rasterise, copy the photo's
//                          pixels in, encode the PNG. No cache is involved: renderCard and fitImage
//                          keep none (the fitted-photo LRU lives in the workflow, not measured here)
//   satori_p50_ms          satori alone on the og words panel
//   rasteriser             sharp (librsvg) vs resvg on the SVG the plugin rasterises (the og words
//                          panel), to pixels in memory; the faster one is what the plugin uses
//   peak_rss_mb            RSS of a fresh process rendering 500 distinct cards (all formats, photo
//                          fitted for every card), with glibc's default malloc arenas, and with
//                          MALLOC_ARENA_MAX=2 (peak_rss_mb_malloc_arena_max_2)
//   chromium_*             warm headless Chromium screenshotting the same card as HTML:
//                          a new page per card (how screenshot services serve concurrent requests)
//                          and one page reused; Chromium gets the photo already fitted
//   cached_hit_p50_ms      GET /social/cards/i/<hash>.png on a running app (medusa develop on an
//                          embedded PostgreSQL), keep-alive, after the first render
//
// Figures and what changed them: docs/cards.md (Performance).
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const http = require("http")
const { spawn } = require("child_process")
const { report, percentile } = require("./_report")

const ROOT = path.resolve(__dirname, "..")
require("./lib/ts-hook")
const sharp = require("sharp")
const { Resvg } = require("@resvg/resvg-js")
const { renderCard, cardSvg } = require("../src/modules/social-card/lib/render")
const { fitImage } = require("../src/modules/social-card/lib/image")
const { LAYOUTS } = require("../src/modules/social-card/lib/templates")
const { priceText } = require("../src/modules/social-card/lib/text")

const N_COLD = Number(process.env.CARDS_BENCH_COLD ?? 60)
const N_CHROMIUM = Number(process.env.CARDS_BENCH_CHROMIUM ?? 20)
const N_RSS = 500
const N_HTTP = 300
const round = (x) => Math.round(x * 10) / 10

const colors = { primary: "#111827", accent: "#e11d48", background: "#ffffff", text: "#111827" }
function content(i, image) {
  return {
    title: `Crème brûlée jacket n°${i}, édition spéciale`,
    variantTitle: "M / Rouge",
    price: priceText({ amount: 80 + i, original_amount: 100 + i, on_sale: true, currency_code: "EUR" }, "fr-FR"),
    availability: "in stock",
    availabilityLabel: "En stock",
    brandName: "Acme",
    colors,
    image,
    logo: null,
  }
}

// A 1200x900 product photo; each `i` gives different pixels (and so different bytes), so no
// sample can reuse another's fitted photo.
async function photo(i = 0) {
  const hue = (i * 37) % 360
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: `hsl(${hue}, 70%, 55%)` } })
    .composite([{ input: Buffer.from(`<svg width="1200" height="900"><circle cx="${400 + (i % 400)}" cy="450" r="${200 + (i % 150)}" fill="hsl(${(hue + 180) % 360}, 80%, 50%)"/></svg>`) }])
    .jpeg()
    .toBuffer()
}

function renderSampler() {
  const L = LAYOUTS.og
  const cold = []
  const parts = { satori: [], sharp: [], resvg: [] }
  let n = 0
  return {
    async warm() {
      // Fonts read, satori's WASM and sharp's libraries loaded.
      for (let i = 0; i < 5; i++) {
        await renderCard("og", content(-i, await fitImage(await photo(-1 - i), L.image.width, L.image.height)))
      }
    },
    async sample() {
      const i = n++
      // A photo this process has never seen (made before the clock starts).
      const bytes = await photo(i)
      // Full work of a card never rendered before: fit the product photo, lay out, rasterise,
      // encode.
      const t0 = performance.now()
      // (renderCard takes the fit as a promise and lays out the words meanwhile, as the plugin does.)
      const card = await renderCard("og", content(i, fitImage(bytes, L.image.width, L.image.height)))
      cold.push(performance.now() - t0)
      if (i === 0) {
        fs.writeFileSync(path.join(os.tmpdir(), "cards-bench-og.png"), card.bytes)
      }
      // The rasteriser comparison: the SVG renderCard rasterises (the words panel; the photo's
      // pixels are copied in afterwards either way), to pixels in memory.
      const svg = await cardSvg("og", content(i + 1000, { width: L.image.width, height: L.image.height }), "panel")
      let t = performance.now()
      await cardSvg("og", content(i + 2000, { width: L.image.width, height: L.image.height }), "panel")
      parts.satori.push(performance.now() - t)
      t = performance.now()
      await sharp(Buffer.from(svg), { density: 72 }).removeAlpha().raw().toBuffer()
      parts.sharp.push(performance.now() - t)
      t = performance.now()
      new Resvg(svg).render().pixels
      parts.resvg.push(performance.now() - t)
    },
    figures: () => ({
      cold_render_p50_ms: round(percentile(cold, 50)),
      cold_render_p95_ms: round(percentile(cold, 95)),
      cold_render_samples: cold.length,
      satori_p50_ms: round(percentile(parts.satori, 50)),
      rasteriser: {
        sharp_p50_ms: round(percentile(parts.sharp, 50)),
        resvg_p50_ms: round(percentile(parts.resvg, 50)),
        used: "sharp",
      },
    }),
  }
}

// Runs in a fresh child process (see main): the figure is what rendering 500 distinct cards costs,
// not what the rest of this benchmark (Chromium driver, HTTP client) left behind.
async function rssChild() {
  const bytes = await photo()
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
  const start = performance.now()
  const formats = ["og", "og-light", "square", "pin", "story"]
  for (let i = 0; i < N_RSS; i++) {
    const format = formats[i % formats.length]
    const L = LAYOUTS[format]
    await renderCard(format, content(10_000 + i, fitImage(bytes, L.image.width, L.image.height)))
    peak = Math.max(peak, process.memoryUsage().rss)
  }
  clearInterval(timer)
  process.stdout.write(JSON.stringify({ peak_rss_mb: Math.round(peak / 1024 / 1024), cards_per_s: round(N_RSS / ((performance.now() - start) / 1000)) }))
}

async function rssFigures() {
  const child = (env) =>
    new Promise((resolve, reject) => {
      const c = spawn(process.execPath, [__filename, "--rss-child"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] })
      let out = ""
      c.stdout.on("data", (d) => (out += d))
      c.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`rss child exited ${code}`))))
    })
  const glibc = await child({})
  // glibc gives each libvips thread its own malloc arena and rarely returns memory; two arenas
  // is what sharp's documentation suggests for glibc servers (docs/cards.md).
  const arenas = await child({ MALLOC_ARENA_MAX: "2" })
  return {
    peak_rss_mb: glibc.peak_rss_mb,
    peak_rss_mb_malloc_arena_max_2: arenas.peak_rss_mb,
    rss_cards: N_RSS,
    rss_formats: "og, og-light, square, pin, story in turn",
    rss_cards_per_s: glibc.cards_per_s,
  }
}

// The same card as HTML, for Chromium: same layout, fonts and photo embedded (no network).
function cardHtml(i, imageUri) {
  const font = (w, f) => `@font-face{font-family:Inter;font-weight:${w};src:url(data:font/ttf;base64,${fs.readFileSync(require.resolve(`@expo-google-fonts/inter/${f}`)).toString("base64")})}`
  const c = content(i, imageUri)
  return `<!doctype html><html><head><style>${font(400, "400Regular/Inter_400Regular.ttf")}${font(700, "700Bold/Inter_700Bold.ttf")}
  *{margin:0;box-sizing:border-box}body{width:1200px;height:630px;display:flex;font-family:Inter;background:${colors.background};color:${colors.text}}
  img{width:560px;height:630px;object-fit:cover;flex-shrink:0}.w{display:flex;flex-direction:column;justify-content:space-between;padding:48px 56px;flex-grow:1}
  .b{font-size:34px;font-weight:700;color:${colors.primary}}.t{font-size:52px;font-weight:700;line-height:1.15}.v{font-size:29px;opacity:.7}
  .r{display:flex;align-items:center;justify-content:space-between}.p{font-size:48px;font-weight:700;color:${colors.accent}}.o{font-size:29px;opacity:.6;text-decoration:line-through;margin-left:20px}
  .a{font-size:24px;font-weight:700;color:#fff;background:${colors.primary};border-radius:999px;padding:7px 19px;white-space:nowrap}</style></head>
  <body><img src="${imageUri}"><div class="w"><div class="b">${c.brandName}</div><div><div class="t">${c.title}</div><div class="v">${c.variantTitle}</div></div>
  <div class="r"><div><span class="p">${c.price.current}</span><span class="o">${c.price.original}</span></div><div class="a">${c.availabilityLabel}</div></div></div></body></html>`
}

async function chromiumFigures(bytes, between = async () => {}) {
  const executablePath = "/usr/bin/chromium"
  if (!fs.existsSync(executablePath)) {
    return { chromium: "not installed (apt-get install -y chromium)" }
  }
  const { chromium } = require("playwright-core")
  const t0 = performance.now()
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  })
  const launch = performance.now() - t0
  try {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 630 } })
    const fitted = await fitImage(bytes, 560, 630)
    const imageUri = `data:image/jpeg;base64,${(await sharp(fitted.data, { raw: fitted }).jpeg({ quality: 90 }).toBuffer()).toString("base64")}`
    const shot = async (page, i) => {
      await page.setContent(cardHtml(i, imageUri), { waitUntil: "load" })
      await page.evaluate(() => document.fonts.ready)
      return page.screenshot({ type: "png" })
    }
    // Warm the browser first.
    for (let i = 0; i < 3; i++) {
      const page = await ctx.newPage()
      await shot(page, i)
      await page.close()
    }
    const newPage = []
    const reuse = []
    const reused = await ctx.newPage()
    await shot(reused, 0)
    for (let i = 0; i < N_CHROMIUM; i++) {
      const t = performance.now()
      const page = await ctx.newPage()
      const png = await shot(page, i)
      await page.close()
      newPage.push(performance.now() - t)
      if (i === 0) {
        fs.writeFileSync(path.join(os.tmpdir(), "cards-bench-chromium.png"), png)
      }
      const t2 = performance.now()
      await shot(reused, i)
      reuse.push(performance.now() - t2)
      // Satori renders run between Chromium's, so that both see the same machine load.
      await between(i)
    }
    return {
      chromium_launch_ms: Math.round(launch),
      chromium_new_page_p50_ms: round(percentile(newPage, 50)),
      chromium_same_page_p50_ms: round(percentile(reuse, 50)),
    }
  } finally {
    await browser.close()
  }
}

function run(cmd, args, env, opts = {}) {
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], ...opts })
  let out = ""
  child.stdout.on("data", (d) => (out += d))
  child.stderr.on("data", (d) => (out += d))
  const done = new Promise((resolve) => child.on("exit", (code) => resolve(code)))
  return { child, done, output: () => out }
}

function get(agent, port, p, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: p, agent, headers }, (res) => {
      const chunks = []
      res.on("data", (c) => chunks.push(c))
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on("error", reject)
  })
}

async function httpFigures() {
  const { startEmbeddedPostgres, pickPort } = require("../scripts/lib/embedded-pg")
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cards-bench-"))
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), persistent: false })
  const port = await pickPort()
  const outFile = path.join(tmp, "seed.json")
  await pg.createDatabase("cards_bench")
  const env = {
    DATABASE_URL: pg.url("cards_bench"),
    PORT: String(port),
    ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "error",
    CARDS_BENCH_OUT: outFile,
    REDIS_URL: "",
  }
  const medusa = path.join(ROOT, "node_modules", ".bin", "medusa")
  let server = null
  try {
    const migrate = run(medusa, ["db:migrate"], env)
    if ((await migrate.done) !== 0) throw new Error(`db:migrate failed:\n${migrate.output().slice(-2000)}`)
    const seed = run(medusa, ["exec", "./bench/lib/cards-seed.ts"], env)
    if ((await seed.done) !== 0) throw new Error(`seed failed:\n${seed.output().slice(-2000)}`)
    const { product_id } = JSON.parse(fs.readFileSync(outFile, "utf8"))

    // Its own process group, so that stopping it also stops the child `medusa develop` forks.
    server = run(medusa, ["develop"], env, { detached: true })
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const deadline = Date.now() + 120_000
    for (;;) {
      const ok = await get(agent, port, "/health").then((r) => r.status === 200, () => false)
      if (ok) break
      if (Date.now() > deadline) throw new Error(`server did not start:\n${server.output().slice(-2000)}`)
      await new Promise((r) => setTimeout(r, 500))
    }
    const stableUrl = `/social/cards/${product_id}/og.png?currency_code=eur&locale=fr-FR`
    let t = performance.now()
    const first = await get(agent, port, stableUrl)
    const firstMs = performance.now() - t
    if (first.status !== 302) throw new Error(`stable URL answered ${first.status}: ${first.body}`)
    const location = first.headers.location
    const stable = []
    for (let i = 0; i < 50; i++) {
      t = performance.now()
      await get(agent, port, stableUrl)
      stable.push(performance.now() - t)
    }
    for (let i = 0; i < 20; i++) await get(agent, port, location)
    const hits = []
    let size = 0
    for (let i = 0; i < N_HTTP; i++) {
      t = performance.now()
      const r = await get(agent, port, location)
      hits.push(performance.now() - t)
      size = r.body.length
    }
    // Medusa's own /health on the same server: the floor any route can reach on this machine now.
    const health = []
    for (let i = 0; i < N_HTTP; i++) {
      t = performance.now()
      await get(agent, port, "/health")
      health.push(performance.now() - t)
    }
    const meta = await sharp((await get(agent, port, location)).body).metadata()
    agent.destroy()
    return {
      first_request_ms: Math.round(firstMs),
      stable_redirect_p50_ms: round(percentile(stable, 50)),
      cached_hit_p50_ms: round(percentile(hits, 50)),
      cached_hit_p99_ms: round(percentile(hits, 99)),
      health_p50_ms: round(percentile(health, 50)),
      served: { bytes: size, format: meta.format, width: meta.width, height: meta.height },
    }
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

async function main() {
  const bytes = await photo()
  const sampler = renderSampler()
  await sampler.warm()
  const perRound = Math.ceil(N_COLD / N_CHROMIUM)
  const browser = await chromiumFigures(bytes, async () => {
    for (let k = 0; k < perRound; k++) await sampler.sample()
  })
  if (!browser.chromium_new_page_p50_ms) {
    for (let k = 0; k < N_COLD; k++) await sampler.sample()
  }
  const render = sampler.figures()
  const rss = await rssFigures()
  let httpResult
  try {
    httpResult = await httpFigures()
  } catch (e) {
    httpResult = { http_error: String(e.message ?? e).slice(0, 2000) }
  }
  const figures = { load_average_at_start: os.loadavg().map(round), ...render, ...rss, ...browser, ...httpResult }
  if (browser.chromium_new_page_p50_ms) {
    figures.speedup_vs_chromium = round(browser.chromium_new_page_p50_ms / render.cold_render_p50_ms)
    figures.speedup_vs_chromium_same_page = round(browser.chromium_same_page_p50_ms / render.cold_render_p50_ms)
  }
  figures.targets = {
    cold_render_p50_ms: "<= 50",
    cached_hit_p50_ms: "<= 5",
    peak_rss_mb: "<= 300",
    speedup_vs_chromium: ">= 10",
  }
  report("cards", figures)
}

;(process.argv.includes("--rss-child") ? rssChild() : main()).catch((e) => {
  console.error(e)
  process.exit(1)
})
