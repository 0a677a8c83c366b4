import v8 from "v8"
import vm from "vm"
import { buildSnapshot } from "./snapshot-builder"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { CatalogProduct } from "../../../modules/social-catalog/lib/render-item"
import type { Channel } from "./channel"
import type { SnapshotLoader } from "./snapshot-loader"

// A full GC on demand: what is still reachable after it is what the builder holds.
v8.setFlagsFromString("--expose-gc")
const gc: () => void = vm.runInNewContext("gc")

const channel: Channel = {
  id: "scch_1",
  name: "Google US",
  destination: "google",
  mode: "feed",
  enabled: true,
  sales_channel_id: "sc_1",
  region_id: null,
  currency_code: "usd",
  language: "en",
  country: "us",
  prices_include_tax: false,
  filters: null,
  field_mapping: { brand: "Acme" },
  feed_format: "google_xml",
  feed_token: "token",
  feed: null,
  feed_status: null,
}

const pad = (n: number) => String(n).padStart(6, "0")

/**
 * Watches objects by kind and page without keeping them. A FinalizationRegistry, not WeakRefs:
 * making or reading a WeakRef keeps its target alive until the current job ends, which in Node
 * can be after the GC a test runs. The registry reports collected objects in a task after the GC.
 */
function pageWatcher() {
  const watched: Record<string, number[]> = {}
  const collected: Record<string, number[]> = {}
  let sentinels = 0
  const registry = new FinalizationRegistry<[string, number] | null>((held) => (held ? collected[held[0]][held[1]]++ : sentinels++))
  // In a function of its own, so that no frame still running refers to the sentinel.
  const registerSentinel = () => registry.register({}, null)
  return {
    watch(kind: string, objects: object[]) {
      ;(watched[kind] ??= []).push(objects.length)
      ;(collected[kind] ??= []).push(0)
      const page = watched[kind].length - 1
      for (const o of objects) registry.register(o, [kind, page])
    },
    /**
     * A full GC, then waits until the registry has reported an object registered just before it
     * and referenced by nothing. Twice: one round did not always report every object the GC
     * freed before the sentinel (the rows of the previous page now and then came a round late).
     */
    async collect() {
      for (let round = 0; round < 2; round++) {
        const before = sentinels
        registerSentinel()
        gc()
        for (let turns = 0; sentinels === before && turns < 1000; turns++) await new Promise((r) => setImmediate(r))
        if (sentinels === before) throw new Error("the GC did not report the unreachable sentinel")
      }
    },
    /** Pages of that kind with an object not collected yet (after `collect`). */
    live: (kind: string) => (watched[kind] ?? []).map((n, i) => (collected[kind][i] < n ? i : -1)).filter((i) => i >= 0),
  }
}

/**
 * A loader that serves `products` published products (each with `variants` variants) by key, as
 * the SQL loader does: `id > cursor`, ordered by id, `pageSize` at a time. Every product and
 * variant object it hands out, and every row payload the builder writes, is watched by page, so
 * a test can tell which pages the builder still holds. Nothing else is kept.
 */
function fakeCatalog(products: number, variants: number, pageSize: number) {
  const watcher = pageWatcher()
  const graphCalls: { entity: string; take?: number; after?: string }[] = []
  let written = 0
  /** Rows written when the builder asked for fresh table statistics. */
  const analyzedAt: number[] = []
  let inFlight = 0
  let maxInFlight = 0
  const loader: SnapshotLoader = {
    priceLists: new Map(),
    async loadPage(after) {
      graphCalls.push({ entity: "product", take: pageSize, after: after ?? undefined })
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      await new Promise((r) => setImmediate(r))
      inFlight--
      const start = after ? Number(after.slice(5)) + 1 : 0
      const data: CatalogProduct[] = []
      for (let i = start; i < Math.min(products, start + pageSize); i++) {
        data.push({
          id: `prod_${pad(i)}`,
          handle: `p-${i}`,
          title: `Product ${i}`,
          subtitle: null,
          description: `<p>Product <b>${i}</b></p>`,
          thumbnail: `https://cdn.example.com/${i}.jpg`,
          metadata: null,
          collection_id: null,
          collection_title: null,
          type_id: null,
          type_value: null,
          tags: [],
          categories: [],
          images: [],
          in_sales_channel: true,
          variants: Array.from({ length: variants }, (_, k) => ({
            id: `variant_${pad(i)}_${k}`,
            title: `S${k}`,
            sku: `SKU-${i}-${k}`,
            barcode: null,
            ean: null,
            upc: null,
            mid_code: null,
            thumbnail: null,
            manage_inventory: false,
            allow_backorder: false,
            options: [{ title: "Size", value: `S${k}` }],
            calculated_price: { calculated_amount: 15, original_amount: 15, is_calculated_price_tax_inclusive: false, is_original_price_tax_inclusive: false },
            quantity: null,
            tax_rate: 0,
          })),
        })
      }
      watcher.watch("served", [...data, ...data.flatMap((p) => p.variants)])
      return { products: data, walked: data.length, last: data.length ? data[data.length - 1].id : null }
    },
  }
  const services: Record<string, unknown> = {
    social_settings: {
      getEffectiveSettings: async () => ({
        storefront_url: "https://shop.example.com",
        product_url_template: "{storefront}/products/{handle}",
        brand_name: "Acme",
      }),
      getPluginOptions: () => ({ publicUrl: "https://api.shop.example.com" }),
    },
    social_catalog: {
      getSnapshotRows: async () => [],
      hasItems: async () => false,
      writeSnapshotRows: async (rows: { payload: object }[]) => {
        written += rows.length
        watcher.watch("written", rows.map((r) => r.payload))
      },
      retireUnseen: async () => ({ dropped: 0, retired: 0 }),
      itemStatisticsRows: async () => 0,
      analyzeItems: async () => {
        analyzedAt.push(written)
        return written
      },
    },
  }
  const container = {
    resolve: (key: string) => {
      if (!(key in services)) throw new Error(`the test container has no ${key}`)
      return services[key]
    },
  }
  return {
    container: container as unknown as MedusaContainer,
    loader,
    /** A full GC, after which `livePages` and `liveWrittenPages` are up to date. */
    collect: watcher.collect,
    /** Indexes of the product pages served so far that are still reachable. */
    livePages: () => watcher.live("served"),
    /** The same for the pages of rows written. */
    liveWrittenPages: () => watcher.live("written"),
    graphCalls,
    written: () => written,
    maxInFlight: () => maxInFlight,
    analyzedAt,
  }
}

describe("buildSnapshot memory", () => {
  // A full GC per page of a jest worker's heap: slow on a loaded machine, hence the long timeout.
  it("holds at most the pages it writes and the one it reads: earlier pages and their rows are collectable", async () => {
    const catalog = fakeCatalog(40, 3, 10)
    const heldEarlier: string[][] = []
    let pagesDone = 0
    const result = await buildSnapshot(catalog.container, channel, {
      runId: "run_1",
      pageSize: 10,
      loader: catalog.loader,
      onPage: async () => {
        pagesDone++
        await catalog.collect()
        // Reachable now: the page just written (the loop still has it) and the next one being read.
        heldEarlier.push([
          ...catalog.livePages().filter((i) => i < pagesDone - 1).map((i) => `products of page ${i}`),
          ...catalog.liveWrittenPages().filter((i) => i < pagesDone - 1).map((i) => `rows of page ${i}`),
        ])
      },
    })
    expect(result.variants).toBe(120)
    expect(catalog.written()).toBe(120)
    expect(pagesDone).toBe(4)
    expect(heldEarlier).toEqual([[], [], [], []])
    // Never more than one product page read ahead.
    expect(catalog.maxInFlight()).toBe(1)
    await catalog.collect()
    expect(catalog.livePages()).toEqual([])
    expect(catalog.liveWrittenPages()).toEqual([])
  }, 60_000)

  it("refreshes the snapshot table's statistics as a first sync doubles the table, not once per page", async () => {
    // 1,000 products of 5 variants in pages of 100 products: 10 pages of 500 new rows.
    const catalog = fakeCatalog(1000, 5, 100)
    await buildSnapshot(catalog.container, channel, { runId: "run_3", pageSize: 100, loader: catalog.loader })
    expect(catalog.written()).toBe(5000)
    expect(catalog.analyzedAt).toEqual([1000, 2000, 4000])
  })

  it("asks for no statistics when it only previews", async () => {
    const catalog = fakeCatalog(1000, 5, 100)
    const services = catalog.container.resolve("social_catalog") as Record<string, unknown>
    services.countUnseenItems = async () => 0
    await buildSnapshot(catalog.container, channel, { runId: "run_4", pageSize: 100, loader: catalog.loader, dryRun: true })
    expect(catalog.analyzedAt).toEqual([])
  })

  it("pages the products by key with the page size asked for, never the whole catalog at once", async () => {
    const catalog = fakeCatalog(25, 2, 10)
    await buildSnapshot(catalog.container, channel, { runId: "run_2", pageSize: 10, loader: catalog.loader })
    const productCalls = catalog.graphCalls.filter((c) => c.entity === "product")
    expect(productCalls).toEqual([
      { entity: "product", take: 10, after: undefined },
      { entity: "product", take: 10, after: "prod_000009" },
      { entity: "product", take: 10, after: "prod_000019" },
    ])
  })
})
