import type { MedusaContainer } from "@medusajs/framework/types"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { getFormatter } from "../../../modules/social-catalog/lib/formats"
import { renderProduct, type RenderContext, type RenderedItem } from "../../../modules/social-catalog/lib/render-item"
import type { Issue } from "../../../modules/social-catalog/lib/validate"
import { catalogService, type Channel } from "./channel"
import { createSnapshotLoader, type LoadedPage, type SnapshotLoader } from "./snapshot-loader"
import { outgrewStatistics, planPage } from "./snapshot-writer"

export { countChannelVariants } from "./snapshot-loader"
export { matchesChannel } from "../../../modules/social-catalog/lib/render-item"

/**
 * Page writes running at once. Pages hold distinct variants and distinct stretches of product
 * ids, so their writes never touch the same rows.
 */
const WRITES_IN_FLIGHT = 2

export type BuildOptions = {
  runId: string
  /** Only these products (a delta); null walks the whole catalog. */
  productIds?: string[] | null
  /** Count what would change without writing (the preview). */
  dryRun?: boolean
  pageSize?: number
  onPage?: (done: number) => Promise<void> | void
  sampleSize?: number
  /** Filled with milliseconds per phase, for benchmarks. */
  timings?: Record<string, number>
  /** Where the pages come from; the SQL loader by default (tests pass their own). */
  loader?: SnapshotLoader
}

export type BuildResult = {
  products: number
  variants: number
  created: number
  updated: number
  unchanged: number
  invalid: number
  deleted: number
  invalid_samples: { variant_id: string; product_id: string; errors: Issue[] }[]
  changed_samples: { variant_id: string; change: "create" | "update" }[]
}

/**
 * Builds (or previews) a channel's snapshot, the snapshot stage of a sync. Three parts:
 * the loader reads a page of products with their market prices, stock and tax
 * (snapshot-loader.ts), `renderProduct` turns each into validated items (a pure function of the
 * module, render-item.ts), and `planPage` keeps only the rows whose content hash changed
 * (snapshot-writer.ts), written in one statement per page. The next page is read while the
 * current one is rendered and written: memory holds two pages whatever the catalog's size.
 */
export async function buildSnapshot(container: MedusaContainer, channel: Channel, opts: BuildOptions): Promise<BuildResult> {
  const service = catalogService(container)
  const settingsService = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
  const settings = await settingsService.getEffectiveSettings()
  const pageSize = opts.pageSize ?? 500
  const timings = opts.timings ?? {}
  const loader = opts.loader ?? createSnapshotLoader(container, channel, { productIds: opts.productIds ?? null, pageSize, timings })
  const ctx: RenderContext = {
    channel,
    storefront: settings.storefront_url,
    template: settings.product_url_template,
    brandName: settings.brand_name,
    publicUrl: settingsService.getPluginOptions().publicUrl,
    priceLists: loader.priceLists,
  }
  const formatter = getFormatter(channel.feed_format)
  const sampleSize = opts.sampleSize ?? 10
  const result: BuildResult = { products: 0, variants: 0, created: 0, updated: 0, unchanged: 0, invalid: 0, deleted: 0, invalid_samples: [], changed_samples: [] }
  const ids = opts.productIds ? [...new Set(opts.productIds)].sort() : null
  // Deletions are found stretch by stretch of product ids: the rows of a page's stretch whose
  // variant the page did not render (see retireUnseen / countUnseenItems).
  let stretchFrom: string | null = null
  const add = (phase: string, since: number) => {
    timings[phase] = (timings[phase] ?? 0) + (Date.now() - since)
    return Date.now()
  }
  // Writes of the previous pages, still running while this one is rendered: PostgreSQL stores
  // pages (each on a connection of its own) while Node renders the next. A page's write parses
  // its rows and checks them against the table's unique key; with one write at a time the walk
  // waited for it most of the snapshot. At most WRITES_IN_FLIGHT.
  const writing: Promise<void>[] = []
  // The snapshot table's statistics, refreshed when this run outgrows them (see outgrewStatistics).
  let statisticsRows = opts.dryRun ? 0 : await service.itemStatisticsRows()
  // A channel without rows when the build starts (its first sync) has nothing to compare a page
  // with: each variant is rendered once per build, so the rows written meanwhile are never the
  // page's. Not asked at all, the look-up cannot be planned badly on a table growing from empty.
  const startedEmpty = !(await service.hasItems(channel.id))
  let insertedSince = 0

  // A delta with nothing queued walks nothing.
  let next: Promise<LoadedPage> | null = !ids || ids.length ? loader.loadPage(null) : null
  try {
    while (next) {
      let t = Date.now()
      const page: LoadedPage = await next
      t = add("wait_for_page", t)
      if (!page.walked) break
      result.products += page.walked
      // Read the next page while this one is rendered and written (one page ahead, no more). A
      // failure surfaces when the loop awaits it.
      next = page.walked < pageSize ? null : loader.loadPage(page.last)
      next?.catch(() => undefined)

      const rendered: RenderedItem[] = []
      for (const p of page.products) rendered.push(...renderProduct(ctx, p))
      result.variants += rendered.length
      t = add("render_validate", t)
      const seen = rendered.map((r) => r.item.id)
      const existing = startedEmpty ? [] : await service.getSnapshotRows(channel.id, seen)
      const plan = planPage(rendered, existing, {
        channelId: channel.id,
        runId: opts.runId,
        formatter,
        sampleSize,
        samplesSoFar: { invalid: result.invalid_samples.length, changed: result.changed_samples.length },
      })
      result.created += plan.created
      result.updated += plan.updated
      result.unchanged += plan.unchanged
      result.invalid += plan.invalid
      result.invalid_samples.push(...plan.invalid_samples)
      result.changed_samples.push(...plan.changed_samples)
      t = add("change_detection", t)
      const stretch = { afterProductId: stretchFrom, upToProductId: page.last, productIds: ids, seenVariantIds: seen }
      stretchFrom = page.last
      if (opts.dryRun) {
        // What this page's stretch of product ids would lose: rows of its products' variants that
        // were not rendered, and of products between the pages (deleted, unpublished).
        result.deleted += await service.countUnseenItems(channel.id, stretch)
      } else {
        if (writing.length >= WRITES_IN_FLIGHT) await writing.shift()
        t = add("snapshot_write_wait", t)
        const { writes, inserted } = plan
        const write = (async () => {
          const w = Date.now()
          await service.writeSnapshotRows(writes)
          insertedSince += inserted
          if (outgrewStatistics(statisticsRows, insertedSince)) {
            statisticsRows = await service.analyzeItems()
            insertedSince = 0
          }
          result.deleted += (await service.retireUnseen(channel.id, stretch)).retired
          add("snapshot_write", w)
        })()
        // Surfaces when awaited (a later page, or the end); not as an unhandled rejection meanwhile.
        write.catch(() => undefined)
        writing.push(write)
      }
      await opts.onPage?.(result.variants)
    }
    for (const write of writing) await write
  } finally {
    // A failed run leaves nothing running behind it.
    await Promise.allSettled([...writing, next])
  }

  if (ids && !ids.length) return result
  // Rows of products after the last one walked (or of any product, when none was).
  const tail = { afterProductId: stretchFrom, upToProductId: null, productIds: ids, seenVariantIds: [] }
  if (opts.dryRun) result.deleted += await service.countUnseenItems(channel.id, tail)
  else result.deleted += (await service.retireUnseen(channel.id, tail)).retired
  return result
}
