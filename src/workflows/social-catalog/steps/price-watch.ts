import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { IPricingModuleService, MedusaContainer } from "@medusajs/framework/types"
import {
  changeKey,
  lastTouched,
  priceWatchDue,
  scanFrom,
  settleChanges,
  type WatchedChange,
} from "../../../modules/social-catalog/lib/price-watch"
import type { Watermark } from "../../../modules/social-catalog/types"
import { catalogService } from "../lib/channel"

/** The name of the price watcher's row in `social_catalog_watermark`. */
export const PRICE_WATERMARK = "prices"
const PAGE = 1000
const ID_CHUNK = 500

export type DetectPriceChangesInput = {
  /** Scan only when this long has passed since the last scan (the scheduled job's interval). */
  min_interval_ms?: number
}

export type DetectedPriceChanges = {
  /** False when the interval has not passed: nothing was read and nothing is stored. */
  due: boolean
  /** True on the first run: it only recorded where watching starts. */
  baseline: boolean
  /** What was new in this scan, by kind of change. */
  counts: { prices: number; price_sets: number; price_lists: number; started_or_ended: number }
  /** The products whose prices changed, each with its affected variants (sorted). */
  products: { id: string; variant_ids: string[] }[]
  product_ids: string[]
  previous: Watermark | null
  next: Watermark | null
}

type Change = WatchedChange & { kind: keyof DetectedPriceChanges["counts"]; price_set_id?: string; price_list_id?: string; deleted?: boolean }

/**
 * All rows of a pricing-module list matching `filters`, read in pages keyed by id (never OFFSET):
 * a bulk price import can change many thousands of rows between two scans.
 */
async function readAll(list: (filters: any, config: any) => Promise<any[]>, filters: Record<string, unknown>, config: Record<string, unknown>) {
  const rows: any[] = []
  for (let after: string | null = null; ; ) {
    const where = after ? { $and: [filters, { id: { $gt: after } }] } : filters
    const page = await list(where, { ...config, take: PAGE, order: { id: "ASC" } })
    rows.push(...page)
    if (page.length < PAGE) return rows
    after = page[page.length - 1].id
  }
}

function chunks<T>(items: T[], size = ID_CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * What changed in the pricing module since `from`, read through its service (modules stay
 * isolated: no SQL on its tables). Medusa 2.21's pricing module emits no events (#14478), so this
 * is the only way to see a price list added, edited or deleted, or a price list's prices edited.
 * - prices written or soft-deleted (a price list's prices; base prices too, which also arrive as
 *   `product-variant.updated`: handling them twice changes nothing);
 * - price sets written (`updatePriceSets` hard-deletes the prices it replaces, but rewrites the set);
 * - price lists written or soft-deleted (status, dates, rules: their rows are rewritten);
 * - active price lists whose `starts_at` or `ends_at` fell in [from, now]: a sale that starts or
 *   ends changes the price with no write at all.
 */
async function readPriceChanges(container: MedusaContainer, from: Date, now: Date): Promise<Change[]> {
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const since = () => ({ $gte: from })
  const passed = () => ({ $gte: from, $lte: now })
  const [prices, sets, lists, crossed] = await Promise.all([
    readAll((f, c) => pricing.listPrices(f, c), { $or: [{ updated_at: since() }, { deleted_at: since() }] }, {
      select: ["id", "price_set_id", "updated_at", "deleted_at"],
      withDeleted: true,
    }),
    readAll((f, c) => pricing.listPriceSets(f, c), { updated_at: since() }, { select: ["id", "updated_at"] }),
    readAll((f, c) => pricing.listPriceLists(f, c), { $or: [{ updated_at: since() }, { deleted_at: since() }] }, {
      select: ["id", "updated_at", "deleted_at"],
      withDeleted: true,
    }),
    readAll((f, c) => pricing.listPriceLists(f, c), { status: "active", $or: [{ starts_at: passed() }, { ends_at: passed() }] }, {
      select: ["id", "starts_at", "ends_at"],
    }),
  ])
  const changes: Change[] = []
  for (const p of prices) {
    const when = lastTouched(p)
    changes.push({ kind: "prices", key: changeKey("price", p.id, when), at: when, price_set_id: p.price_set_id })
  }
  for (const s of sets) {
    changes.push({ kind: "price_sets", key: changeKey("price_set", s.id, s.updated_at), at: s.updated_at, price_set_id: s.id })
  }
  for (const l of lists) {
    const when = lastTouched(l)
    changes.push({ kind: "price_lists", key: changeKey("price_list", l.id, when), at: when, price_list_id: l.id, deleted: !!l.deleted_at })
  }
  const inWindow = (t: any) => t && new Date(t) >= from && new Date(t) <= now
  for (const l of crossed) {
    for (const edge of ["starts_at", "ends_at"] as const) {
      if (inWindow(l[edge])) {
        changes.push({ kind: "started_or_ended", key: changeKey(`price_list_${edge}`, l.id, l[edge]), at: l[edge], price_list_id: l.id })
      }
    }
  }
  return changes
}

/** The price sets behind changed price lists: their live prices, or all of a deleted list's. */
async function priceSetsOfLists(container: MedusaContainer, live: string[], deleted: string[]) {
  const pricing = container.resolve<IPricingModuleService>(Modules.PRICING)
  const ids = new Set<string>()
  for (const [listIds, withDeleted] of [
    [live, false],
    [deleted, true],
  ] as const) {
    for (const chunk of chunks(listIds)) {
      const prices = await readAll((f, c) => pricing.listPrices(f, c), { price_list_id: chunk }, { select: ["id", "price_set_id"], withDeleted })
      prices.forEach((p) => p.price_set_id && ids.add(p.price_set_id))
    }
  }
  return ids
}

/**
 * Price sets to variants (the `product_variant_price_set` link) and variants to products, through
 * query.graph. Price sets of shipping options have no variant and drop out here.
 */
async function productsOfPriceSets(container: MedusaContainer, priceSetIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = new Set<string>()
  for (const chunk of chunks(priceSetIds)) {
    const { data } = await query.graph({ entity: "product_variant_price_set", fields: ["variant_id", "price_set_id"], filters: { price_set_id: chunk } })
    data.forEach((l: { variant_id?: string | null }) => l.variant_id && variantIds.add(l.variant_id))
  }
  const byProduct = new Map<string, string[]>()
  for (const chunk of chunks([...variantIds])) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: chunk }, withDeleted: true })
    for (const v of data as { id: string; product_id: string | null }[]) {
      if (!v.product_id) continue
      byProduct.set(v.product_id, [...(byProduct.get(v.product_id) ?? []), v.id])
    }
  }
  return [...byProduct.entries()]
    .map(([id, variants]) => ({ id, variant_ids: variants.sort() }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

/**
 * This step finds the products whose prices changed since the price watcher's last scan, and the
 * watermark to store once they are handled. It writes nothing (the last step of the workflow
 * stores the watermark), so there is nothing to compensate: a run that fails before that reads
 * the same changes again next time.
 */
export const detectPriceChangesStep = createStep("detect-social-price-changes", async (input: DetectPriceChangesInput, { container }) => {
  const now = new Date()
  const previous = await catalogService(container).getWatermark(PRICE_WATERMARK)
  const none = { prices: 0, price_sets: 0, price_lists: 0, started_or_ended: 0 }
  const result: DetectedPriceChanges = { due: false, baseline: false, counts: none, products: [], product_ids: [], previous, next: null }
  if (!priceWatchDue(previous, now, input.min_interval_ms ?? 0)) {
    return new StepResponse(result)
  }
  const from = scanFrom(previous)
  if (!from) {
    return new StepResponse({ ...result, due: true, baseline: true, next: settleChanges([], null, now).next })
  }
  const { fresh, next } = settleChanges(await readPriceChanges(container, from, now), previous, now)
  const counts = { ...none }
  const priceSetIds = new Set<string>()
  const liveLists = new Set<string>()
  const deletedLists = new Set<string>()
  for (const c of fresh) {
    counts[c.kind]++
    if (c.price_set_id) priceSetIds.add(c.price_set_id)
    if (c.price_list_id) (c.deleted ? deletedLists : liveLists).add(c.price_list_id)
  }
  ;(await priceSetsOfLists(container, [...liveLists], [...deletedLists])).forEach((id) => priceSetIds.add(id))
  const products = await productsOfPriceSets(container, [...priceSetIds])
  return new StepResponse({ ...result, due: true, counts, products, product_ids: products.map((p) => p.id), next })
})

/**
 * This step stores the price watcher's watermark. It runs last, after the changes were queued
 * and announced: a run that fails before it reads them again. Compensation puts back the previous
 * watermark.
 */
export const savePriceWatermarkStep = createStep(
  "save-social-price-watermark",
  async (input: { next: Watermark | null; previous: Watermark | null }, { container }) => {
    if (!input.next) {
      return new StepResponse(false, null)
    }
    await catalogService(container).saveWatermark(PRICE_WATERMARK, input.next)
    return new StepResponse(true, { previous: input.previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await catalogService(container).saveWatermark(PRICE_WATERMARK, undo.previous)
  }
)
