// The feed benchmark's task inside the production worker: `medusa start` with
// MEDUSA_WORKER_MODE=worker and NODE_ENV=production in bench/prod-app (the BUILT plugin, no
// TypeScript). Medusa runs this job once, a second after boot; it does BENCH_TASK, prints one
// line `BENCH_RESULT {...}` for bench/feed.js and ends the process. Peak RSS is the kernel's
// high-water mark of the whole process (VmHWM): Medusa's boot included.
//   full      the plugin's daily job (a full sync of every channel: change detection, snapshot,
//             validation, feed file, reconcile, push to a counting provider), from an empty snapshot
//   baseline  what a competent developer writes with Medusa's APIs: query.graph pages of products
//             with `calculated_price` in the channel's market, each variant a row of the same XML
//             format, streamed through gzip to a file
//   delta     1,000 variants edited through Medusa's workflows (500 titles, 500 prices); the
//             plugin's subscribers queue them (and re-render their og cards: waited for); then
//             the plugin's delta job, timed
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { once } = require("events")
const { createGzip } = require("zlib")
const { pipeline } = require("stream/promises")

const ROOT = path.resolve(__dirname, "..", "..", "..", "..")
const built = (p) => require(path.join(ROOT, ".medusa", "server", "src", p))

/** The kernel's peak resident set of this process since it started, in MB. */
function peakRssMb() {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"))
  return m ? Math.round(Number(m[1]) / 1024) : Math.round(process.memoryUsage.rss() / 1048576)
}

/**
 * CPU seconds PostgreSQL spent so far, its server and every backend (BENCH_PG_PID, the
 * postmaster's pid, set by bench/feed.js): the backends that ended are counted in the server's
 * children's time. Beside the worker's own CPU seconds, a figure a loaded machine does not
 * inflate the way it inflates wall time. Null when the pid is not known (not Linux).
 */
function pgCpuSeconds() {
  const pid = Number(process.env.BENCH_PG_PID)
  if (!pid) return null
  const ticks = (stat, own) => {
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    // Fields 14-17 of /proc/<pid>/stat: utime, stime, cutime, cstime (the list starts at field 3).
    return Number(f[11]) + Number(f[12]) + (own ? Number(f[13]) + Number(f[14]) : 0)
  }
  try {
    let total = ticks(fs.readFileSync(`/proc/${pid}/stat`, "utf8"), true)
    for (const d of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(d) || Number(d) === pid) continue
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8")
        if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) total += ticks(stat, false)
      } catch {
        // The process ended meanwhile: its time is in the server's children's time now.
      }
    }
    return total / 100
  } catch {
    return null
  }
}

/**
 * BENCH_MEM_TRACE=1: samples the process's memory by kind every 100 ms during the task and
 * reports the sample at the peak RSS (V8's heap spaces, external memory), to tell live data
 * from garbage V8 has not collected yet and from buffers outside the heap. Diagnostics only.
 */
function memoryTrace() {
  if (!process.env.BENCH_MEM_TRACE) return null
  const v8 = require("v8")
  const mb = (n) => Math.round(n / 1048576)
  let peak = null
  const sample = () => {
    const m = process.memoryUsage()
    if (peak && m.rss <= peak.rss_bytes) return
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)]))
    peak = { rss_bytes: m.rss, rss_mb: mb(m.rss), heap_used_mb: mb(m.heapUsed), heap_total_mb: mb(m.heapTotal), external_mb: mb(m.external), array_buffers_mb: mb(m.arrayBuffers), spaces_used_mb: spaces }
  }
  const timer = setInterval(sample, 100)
  return { stop: () => (clearInterval(timer), sample(), peak) }
}

/**
 * When each stage of the channel's run started, in seconds from `t0`: the run's `stage` (what its
 * progress bar shows) read every 100 ms during the sync. Where the whole sync's time goes.
 */
function stageClock(knex, channelId, t0) {
  const starts = {}
  let reading = Promise.resolve()
  const timer = setInterval(() => {
    reading = knex
      .raw(`SELECT stage FROM social_catalog_run WHERE channel_id = ? ORDER BY created_at DESC LIMIT 1`, [channelId])
      .then(({ rows }) => {
        const stage = rows[0]?.stage
        if (stage && !(stage in starts)) starts[stage] = (Date.now() - t0) / 1000
      })
      .catch(() => undefined)
  }, 100)
  return {
    stop: async () => {
      clearInterval(timer)
      await reading
      return starts
    },
  }
}

/** Counts what it is sent and answers every item ok at once: the platform's time is not measured. */
function countingProvider() {
  return {
    destination: "google",
    maxBatchSize: 1000,
    sent: 0,
    async submit(ops) {
      this.sent += ops.length
      return { handle: null, results: ops.map((o) => ({ id: o.method === "delete" ? o.id : o.item.id, status: "ok" })) }
    },
    async pollResults() {
      return []
    },
    async *listRemoteIds() {},
  }
}

async function baseline(container, channel) {
  const { ContainerRegistrationKeys, QueryContext } = require("@medusajs/framework/utils")
  const { getFormatter } = built("modules/social-catalog/lib/formats.js")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const f = getFormatter(channel.feed_format)
  const file = path.join(os.tmpdir(), `baseline-feed-${process.pid}.xml.gz`)
  const gzip = createGzip()
  const done = pipeline(gzip, fs.createWriteStream(file))
  const write = async (s) => {
    if (!gzip.write(s)) await once(gzip, "drain")
  }
  await write(f.header({ title: "Bench", link: "https://shop.bench.test", description: "all" }))
  let after = null
  let items = 0
  const market = { currency_code: channel.currency_code, ...(channel.region_id ? { region_id: channel.region_id } : {}) }
  for (;;) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title", "handle", "description", "thumbnail", "sales_channels.id", "variants.id", "variants.title", "variants.sku", "variants.options.value", "variants.options.option.title", "variants.calculated_price.*"],
      filters: { status: "published", ...(after ? { id: { $gt: after } } : {}) },
      pagination: { take: 250, order: { id: "ASC" } },
      context: { variants: { calculated_price: QueryContext(market) } },
    })
    let chunk = ""
    for (const p of data) {
      if (channel.sales_channel_id && !(p.sales_channels ?? []).some((s) => s?.id === channel.sales_channel_id)) continue
      for (const v of p.variants) {
        const cp = v.calculated_price
        if (!cp) continue
        const onSale = Number(cp.original_amount) > Number(cp.calculated_amount)
        const currency = channel.currency_code.toUpperCase()
        chunk += f.row({
          id: v.id, item_group_id: p.id, title: p.variants.length > 1 ? `${p.title} - ${v.title}` : p.title,
          description: String(p.description ?? "").replace(/<[^>]+>/g, ""), link: `https://shop.bench.test/products/${p.handle}`,
          image_link: p.thumbnail, additional_image_links: [],
          price: { amount: Number(cp.original_amount ?? cp.calculated_amount), currency_code: currency },
          sale_price: onSale ? { amount: Number(cp.calculated_amount), currency_code: currency } : null,
          sale_price_effective_date: null, availability: "in_stock", condition: "new", brand: "Bench Outfitters", gtin: null, mpn: null,
          google_product_category: null, product_type: null, color: null, size: v.options?.find((o) => o.option?.title === "Size")?.value ?? null,
          material: null, pattern: null, gender: null, age_group: null, custom_labels: [null, null, null, null, null], quantity: null,
        })
        items++
      }
    }
    await write(chunk)
    if (data.length < 250) break
    after = data[data.length - 1].id
  }
  await write(f.footer())
  gzip.end()
  await done
  const bytes = fs.statSync(file).size
  fs.rmSync(file, { force: true })
  return { items, bytes }
}

/** Waits until the plugin's subscribers have queued `n` products for the channel (or 60 s passed). */
async function waitForQueue(knex, channelId, n) {
  const until = Date.now() + 60_000
  let queued = 0
  while (Date.now() < until) {
    const { rows } = await knex.raw(`SELECT count(DISTINCT product_id)::int AS n FROM social_catalog_pending WHERE channel_id = ? AND deleted_at IS NULL`, [channelId])
    queued = rows[0].n
    if (queued >= n) break
    await new Promise((r) => setTimeout(r, 200))
  }
  return queued
}

/**
 * The plugin's scheduled delta job (`social-catalog-delta`) fires at :00, :15, :30 and :45 in
 * this same worker. Fired between the edits and the timed job, it takes the queued products
 * itself and the timed job finds nothing (it happened once). The task starts its edits at least
 * four minutes before the next firing, waiting past it when closer.
 */
async function clearOfScheduledDelta() {
  const quarter = 15 * 60_000
  const untilNext = quarter - (Date.now() % quarter)
  if (untilNext < 4 * 60_000) await new Promise((r) => setTimeout(r, untilNext + 5_000))
}

async function delta(container, knex, channel) {
  await clearOfScheduledDelta()
  const { updateProductVariantsWorkflow } = require("@medusajs/medusa/core-flows")
  // Only the edits below are queued: what the seed's own events queued is cleared first.
  await knex.raw(`DELETE FROM social_catalog_pending WHERE channel_id = ?`, [channel.id])
  // One variant of each of 1,000 products spread over the catalog (every 20th product's first).
  const { rows } = await knex.raw(
    `SELECT DISTINCT ON (p.id) p.id AS product_id, v.id AS variant_id, p.rn
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM product WHERE deleted_at IS NULL) p
     JOIN product_variant v ON v.product_id = p.id AND v.deleted_at IS NULL
     WHERE p.rn % 20 = 0 ORDER BY p.id, v.id LIMIT 1000`
  )
  const stamp = Date.now()
  const titles = rows.slice(0, 500)
  const prices = rows.slice(500)
  const te = Date.now()
  for (let i = 0; i < titles.length; i += 100) {
    await updateProductVariantsWorkflow(container).run({
      input: { product_variants: titles.slice(i, i + 100).map((r) => ({ id: r.variant_id, title: `Edited ${stamp} ${r.rn}` })) },
    })
  }
  for (let i = 0; i < prices.length; i += 100) {
    await updateProductVariantsWorkflow(container).run({
      input: { product_variants: prices.slice(i, i + 100).map((r) => ({ id: r.variant_id, prices: [{ amount: 100 + (stamp % 50) + (r.rn % 7), currency_code: "usd" }] })) },
    })
  }
  const edit_s = (Date.now() - te) / 1000
  const queued = await waitForQueue(knex, channel.id, rows.length)
  const cards = await waitForCardRenders(knex, new Date(te))
  return { edited: rows.length, edit_s, queued_products: queued, ...cards }
}

/**
 * The edits also re-render each edited product's og card on this worker (the card subscriber,
 * two at a time). A merchant's delta job runs on its 15-minute schedule, not in the same second
 * as a thousand edits, so the delta is timed once those renders have stopped: until the count of
 * cards written since the edits has not moved for three seconds (at most five minutes).
 */
async function waitForCardRenders(knex, since) {
  const t0 = Date.now()
  let last = -1
  let stableSince = Date.now()
  while (Date.now() - t0 < 300_000) {
    const { rows } = await knex.raw(`SELECT count(*)::int AS n FROM social_card WHERE greatest(created_at, updated_at) >= ?`, [since])
    if (rows[0].n !== last) {
      last = rows[0].n
      stableSince = Date.now()
    } else if (Date.now() - stableSince >= 3000) {
      break
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return { cards_rendered_after_edits: last, cards_settle_s: (Date.now() - t0) / 1000 }
}

module.exports.default = async function benchFeed(container) {
  const task = process.env.BENCH_TASK
  if (!task) return
  const { ContainerRegistrationKeys } = require("@medusajs/framework/utils")
  const { registerCatalogProvider } = built("providers/catalog/registry.js")
  const { catalogService, loadChannel } = built("workflows/social-catalog/lib/channel.js")
  const service = catalogService(container)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [c] = await service.listSocialCatalogChannels({ name: "Bench Google US" })
  const channel = await loadChannel(container, c.id)
  const provider = countingProvider()
  registerCatalogProvider("google", () => provider)
  const boot = { rss_mb: Math.round(process.memoryUsage.rss() / 1048576), peak_rss_mb: peakRssMb(), heap_size_limit_mb: Math.round(require("v8").getHeapStatistics().heap_size_limit / 1048576) }
  let out = {}
  const trace = memoryTrace()
  try {
    if (task === "full") {
      // From an empty snapshot and an empty queue (the purge of a channel clears both), so that every run compares.
      await service.purgeItems({ channel_id: channel.id })
      // The purge leaves the previous run's 100,000 item and content rows dead: vacuumed here,
      // not by autovacuum during the timed sync (a merchant's first sync has no dead rows to clean).
      await knex.raw(`VACUUM social_catalog_item, social_catalog_item_content, social_catalog_sending`)
      const t0 = Date.now()
      const cpu0 = process.cpuUsage()
      const pg0 = pgCpuSeconds()
      const stages = stageClock(knex, channel.id, t0)
      await built("jobs/social-catalog-daily.js").default(container)
      const total_s = (Date.now() - t0) / 1000
      const stage_starts_s = await stages.stop()
      const cpu = process.cpuUsage(cpu0)
      const pg_cpu_s = pg0 === null ? null : Math.round((pgCpuSeconds() - pg0) * 100) / 100
      const [run] = await service.listSocialCatalogRuns({ channel_id: channel.id }, { order: { created_at: "DESC" }, take: 1 })
      const after = await loadChannel(container, channel.id)
      out = { total_s, stage_starts_s, cpu_s: Math.round((cpu.user + cpu.system) / 1000) / 1000, pg_cpu_s, run_status: run?.status, run_error: run?.error ?? null, results: run?.results ?? null, sent: provider.sent, feed_items: after.feed?.item_count ?? null, feed_bytes: after.feed?.bytes ?? null }
    } else if (task === "baseline") {
      const t0 = Date.now()
      const cpu0 = process.cpuUsage()
      const pg0 = pgCpuSeconds()
      const r = await baseline(container, channel)
      const cpu = process.cpuUsage(cpu0)
      const pg_cpu_s = pg0 === null ? null : Math.round((pgCpuSeconds() - pg0) * 100) / 100
      out = { total_s: (Date.now() - t0) / 1000, cpu_s: Math.round((cpu.user + cpu.system) / 1000) / 1000, pg_cpu_s, ...r }
    } else if (task === "delta") {
      const edits = await delta(container, knex, channel)
      const t0 = Date.now()
      const stages = stageClock(knex, channel.id, t0)
      await built("jobs/social-catalog-delta.js").default(container)
      const total_s = (Date.now() - t0) / 1000
      const stage_starts_s = await stages.stop()
      const [run] = await service.listSocialCatalogRuns({ channel_id: channel.id }, { order: { created_at: "DESC" }, take: 1 })
      out = { ...edits, total_s, stage_starts_s, sent: provider.sent, run_kind: run?.kind, run_status: run?.status, run_error: run?.error ?? null, results: run?.results ?? null }
    }
  } catch (e) {
    out = { error: String(e?.stack ?? e) }
  }
  if (trace) out.memory_at_peak = trace.stop()
  console.log(`BENCH_RESULT ${JSON.stringify({ task, node_env: process.env.NODE_ENV, worker_mode: process.env.MEDUSA_WORKER_MODE, boot, peak_rss_mb: peakRssMb(), ...out })}`)
  process.exit(0)
}

module.exports.config = { name: "bench-feed", schedule: { interval: 1000 }, numberOfExecutions: 1 }
