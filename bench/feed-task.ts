/**
 * One stage of the feed benchmark, run by bench/feed.js in its own process through
 * `medusa exec` (so each stage's peak RSS is its own): `seed <from> <to>` (products) and `full`
 * (the stages of a full sync timed apart: snapshot with the loader's phase timers, feed, push;
 * not the headline, which bench/prod-app/src/jobs/bench-feed.js measures in the worker).
 * Prints one line `BENCH_RESULT {...}` for the driver.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { registerCatalogProvider } from "../src/providers/catalog/registry"
import type { CatalogOperation, CatalogProvider } from "../src/providers/catalog/types"
const { memory, sampler } = require("./lib/process-memory")
import { buildSnapshot, countChannelVariants } from "../src/workflows/social-catalog/lib/snapshot-builder"
import { writeFeed } from "../src/workflows/social-catalog/lib/feed-writer"
import { pushChanges } from "../src/workflows/social-catalog/lib/push-runner"
import { catalogService, loadChannel } from "../src/workflows/social-catalog/lib/channel"

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 20_000)
const VARIANTS_PER_PRODUCT = Number(process.env.BENCH_VARIANTS_PER_PRODUCT ?? 5)
const SIZES = ["XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL"]

/** Counts what it is sent, answers every item ok at once: the platform's cost is not measured. */
class CountingProvider implements CatalogProvider {
  readonly destination = "google" as const
  readonly maxBatchSize = 1000
  sent = 0
  async submit(ops: CatalogOperation[]) {
    this.sent += ops.length
    return { handle: null, results: ops.map((o) => ({ id: o.method === "delete" ? o.id : o.item.id, status: "ok" as const })) }
  }
  async pollResults() {
    return []
  }
  async *listRemoteIds() {}
}

function rssMb() {
  return Math.round(process.memoryUsage().rss / 1048576)
}

/**
 * BENCH_HEAP_PROF=<file.heapprofile>: samples what the snapshot build allocates that outlives a
 * young-generation collection (objects collected only by a full GC included, those a scavenge
 * frees left out): what fills the old generation between full collections. With
 * BENCH_HEAP_PROF_ALL=1 everything allocated. Open it in Chrome DevTools (Memory tab, load).
 * Diagnostics only: feed_s then includes writing the profile.
 */
async function startHeapProfile() {
  const file = process.env.BENCH_HEAP_PROF
  if (!file) return null
  const inspector = require("inspector")
  const session = new inspector.Session()
  session.connect()
  const post = (method: string, params?: object) =>
    new Promise<any>((resolve, reject) => session.post(method, params, (err: Error | null, res: any) => (err ? reject(err) : resolve(res))))
  await post("HeapProfiler.enable")
  await post("HeapProfiler.startSampling", { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !!process.env.BENCH_HEAP_PROF_ALL })
  return {
    stop: async () => {
      const { profile } = await post("HeapProfiler.stopSampling")
      require("fs").writeFileSync(file, JSON.stringify(profile))
      session.disconnect()
      console.log(`[bench] heap profile: ${file}`)
    },
  }
}

/**
 * BENCH_MEM_LOG=<n>: every n snapshot pages, one line of the process's memory by kind. With
 * BENCH_GC=1 a full GC runs first, so heap_used is what the process still holds (the live set),
 * not what V8 has not collected yet; that slows the stage, so its times do not count.
 */
function memoryLogger() {
  const every = Number(process.env.BENCH_MEM_LOG ?? 0)
  if (!every) return undefined
  let gc: (() => void) | null = null
  if (process.env.BENCH_GC) {
    require("v8").setFlagsFromString("--expose-gc")
    gc = require("vm").runInNewContext("gc")
  }
  // Collections by kind since the walk began (minor: scavenges of the young generation).
  const gcs: Record<string, number> = {}
  const { PerformanceObserver, constants } = require("perf_hooks")
  const kinds: Record<number, string> = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: "minor",
    [constants.NODE_PERFORMANCE_GC_MAJOR]: "major",
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental",
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weakcb",
  }
  new PerformanceObserver((list: any) => {
    for (const e of list.getEntries()) {
      const kind = kinds[e.detail?.kind] ?? String(e.detail?.kind)
      gcs[kind] = (gcs[kind] ?? 0) + 1
      gcs[`${kind}_ms`] = Math.round((gcs[`${kind}_ms`] ?? 0) + e.duration)
    }
  }).observe({ entryTypes: ["gc"] })
  let pages = 0
  return (variants: number) => {
    if (++pages % every) return
    gc?.()
    const m = process.memoryUsage()
    const mb = (n: number) => Math.round(n / 1048576)
    const spaces = require("v8").getHeapSpaceStatistics()
    const old = spaces.find((s: any) => s.space_name === "old_space")
    const young = spaces.find((s: any) => s.space_name === "new_space")
    const large = spaces.find((s: any) => s.space_name === "large_object_space")
    console.log(
      `[bench] mem page=${pages} variants=${variants} rss=${mb(m.rss)} heap_used=${mb(m.heapUsed)} heap_total=${mb(m.heapTotal)} old_space=${mb(old?.space_used_size ?? 0)}/${mb(old?.space_size ?? 0)} large=${mb(large?.space_size ?? 0)} new_space=${mb(young?.space_size ?? 0)} external=${mb(m.external)} array_buffers=${mb(m.arrayBuffers)} gc=${JSON.stringify(gcs)}`
    )
  }
}

/** Seeds products number `from` to `to` (exclusive); the sales channel and the channel on the first call. */
async function seed(container: MedusaContainer, from: number, to: number) {
  const started = Date.now()
  const product = container.resolve(Modules.PRODUCT)
  const pricing = container.resolve(Modules.PRICING)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({ name: "Bench web" })
  const sc = existing ?? (await salesChannels.createSalesChannels([{ name: "Bench web" }]))[0]
  const batch = 1000
  const t: Record<string, number> = { products: 0, price_sets: 0, links: 0 }
  for (let i = from; i < to; i += batch) {
    let m = Date.now()
    const n = Math.min(batch, to - i)
    const created = await product.createProducts(
      Array.from({ length: n }, (_, k) => {
        const no = i + k
        const sizes = SIZES.slice(0, VARIANTS_PER_PRODUCT)
        return {
          title: `Bench product ${no}`,
          handle: `bench-${no}`,
          status: "published",
          description: `<p>Bench product <b>${no}</b>, a fine thing &amp; more.</p>`,
          thumbnail: `https://cdn.example.com/p/${no}.jpg`,
          options: [{ title: "Size", values: sizes }],
          variants: sizes.map((s) => ({ title: s, sku: `B-${no}-${s}`, manage_inventory: false, options: { Size: s } })),
        }
      })
    )
    t.products += Date.now() - m
    m = Date.now()
    const variants = created.flatMap((p: any) => p.variants)
    const priceSets = await pricing.createPriceSets(
      variants.map((_: any, j: number) => ({ prices: [{ amount: 10 + ((i + j) % 90), currency_code: "usd" }] }))
    )
    t.price_sets += Date.now() - m
    m = Date.now()
    await link.create([
      ...variants.map((v: any, j: number) => ({ [Modules.PRODUCT]: { variant_id: v.id }, [Modules.PRICING]: { price_set_id: priceSets[j].id } })),
      ...created.map((p: any) => ({ [Modules.PRODUCT]: { product_id: p.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id } })),
    ])
    t.links += Date.now() - m
    if ((i / batch) % 5 === 0) console.log(`[bench] seeded ${i + n} products (${(i + n) * VARIANTS_PER_PRODUCT} variants) in ${((Date.now() - started) / 1000).toFixed(0)} s ${JSON.stringify(t)}`)
  }
  const service = catalogService(container)
  if (existing) return { seed_ms: t, seed_s: (Date.now() - started) / 1000 }
  const channel = await service.createSocialCatalogChannels({
    name: "Bench Google US",
    destination: "google",
    mode: "both",
    sales_channel_id: sc.id,
    currency_code: "usd",
    language: "en",
    country: "us",
    prices_include_tax: false,
    feed_format: "google_xml",
    feed_token: "bench-token-0123456789abcdef",
  } as any)
  return { seed_ms: t, seed_s: (Date.now() - started) / 1000, variants: PRODUCTS * VARIANTS_PER_PRODUCT, channel_id: channel.id }
}

async function channelId(container: MedusaContainer) {
  const [c] = await catalogService(container).listSocialCatalogChannels({ name: "Bench Google US" } as any)
  return c.id as string
}

export default async function run({ container, args }: ExecArgs) {
  const stage = args[0]
  const bootMemory = memory()
  const boot = bootMemory.rss_mb
  let out: Record<string, unknown> = {}
  if (stage === "seed") {
    out = await seed(container, Number(args[1] ?? 0), Number(args[2] ?? PRODUCTS))
  } else if (stage === "full") {
    const id = await channelId(container)
    const provider = new CountingProvider()
    registerCatalogProvider("google", () => provider)
    let productIds: string[] | null = null
    // Every full stage starts from an empty snapshot, so that runs on a kept database compare.
    await catalogService(container).purgeItems({ channel_id: id })
    // The run's progress total (the begin step of the sync workflow), timed on its own.
    const tc = Date.now()
    const total = await countChannelVariants(container, await loadChannel(container, id), productIds)
    const count_s = (Date.now() - tc) / 1000
    const startRss = rssMb()
    const s = sampler()
    const cpu0 = process.cpuUsage()
    const t0 = Date.now()
    const channel = await loadChannel(container, id)
    const timings: Record<string, number> = {}
    const pageSize = process.env.BENCH_PAGE_SIZE ? Number(process.env.BENCH_PAGE_SIZE) : undefined
    const heapProfile = await startHeapProfile()
    const snapshot = await buildSnapshot(container, channel, { runId: `bench_${stage}_${Date.now()}`, productIds, timings, pageSize, onPage: memoryLogger() })
    const t1 = Date.now()
    // CPU seconds of this process (not PostgreSQL's): steadier than wall time on a shared machine.
    const cpu = process.cpuUsage(cpu0)
    const snapshotPeak = s.mark()
    await heapProfile?.stop()
    const feed = await writeFeed(container, await loadChannel(container, id), { force: true })
    const t2 = Date.now()
    const feedPeak = s.mark()
    const push = await pushChanges(container, await loadChannel(container, id))
    const t3 = Date.now()
    const pushPeak = s.mark()
    out = {
      total,
      count_s,
      snapshot_s: (t1 - t0) / 1000,
      snapshot_cpu_s: Math.round((cpu.user + cpu.system) / 1000) / 1000,
      heap_size_limit_mb: Math.round(require("v8").getHeapStatistics().heap_size_limit / 1048576),
      feed_s: (t2 - t1) / 1000,
      push_s: (t3 - t2) / 1000,
      total_s: (t3 - t0) / 1000,
      variants: snapshot.variants,
      changed: snapshot.created + snapshot.updated,
      sent: provider.sent,
      feed_items: feed.item_count,
      peak_rss_mb: s.stop(),
      // Each phase's own peak (RSS the process already holds carries over into the next phase).
      peak_rss_mb_by_phase: { snapshot: snapshotPeak, feed: feedPeak, push: pushPeak },
      page_size: pageSize ?? "default",
      start_rss_mb: startRss,
      snapshot_timings_ms: timings,
    }
  }
  console.log(`BENCH_RESULT ${JSON.stringify({ stage, boot_rss_mb: boot, ...out })}`)
}
