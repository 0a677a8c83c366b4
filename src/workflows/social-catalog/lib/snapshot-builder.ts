import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  Modules,
} from "@medusajs/framework/utils"
import type { NormalizedItem } from "../../../providers/catalog/types"
import { SOCIAL_SETTINGS_MODULE, renderProductUrl } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { RULES } from "../../../modules/social-catalog/lib/destinations"
import { htmlToText, truncate } from "../../../modules/social-catalog/lib/text"
import { marketOffer } from "../../../lib/market-price"
import { loadTaxRates as loadCountryTaxRates } from "../../../lib/market"
import { contentHash } from "../../../modules/social-catalog/lib/hash"
import { entityIds } from "../../../modules/social-catalog/lib/ids"
import { productBrand, variantIdentifiers } from "../../../modules/social-catalog/lib/identifiers"
import { getFormatter } from "../../../modules/social-catalog/lib/formats"
import { validateGroup, validateItem, type Issue } from "../../../modules/social-catalog/lib/validate"
import type { ChannelFilters, FieldMapping, SnapshotRow } from "../../../modules/social-catalog/types"
import { catalogService, type Channel } from "./channel"

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "metadata",
  "collection_id",
  "collection.title",
  "type_id",
  "type.value",
  "tags.value",
  "categories.id",
  "categories.name",
  "images.url",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.barcode",
  "variants.ean",
  "variants.upc",
  "variants.mid_code",
  "variants.thumbnail",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.metadata",
  // Option titles once per product; each variant's values carry only the option's id. Joining
  // the option from every value made this the slowest part of the page query.
  "options.id",
  "options.title",
  "variants.options.value",
  "variants.options.option_id",
  // Sales channels and price sets are read from their link tables (loadLinks): asking for
  // `sales_channels.id` or `variants.price_set.id` here also queries the sales channel and
  // pricing modules for rows whose id the link already holds.
]

export type BuildOptions = {
  runId: string
  /** Only these products (a delta); null walks the whole catalog. */
  productIds?: string[] | null
  /** Count what would change without writing (the preview). */
  dryRun?: boolean
  pageSize?: number
  onPage?: (done: number) => Promise<void> | void
  sampleSize?: number
  /** Filled with milliseconds per phase (query, stock, render, write), for benchmarks. */
  timings?: Record<string, number>
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

type Context = {
  channel: Channel
  storefront: string
  template: string
  brandName: string
  publicUrl: string
  mapping: FieldMapping
}

/**
 * Builds (or previews) a channel's snapshot: walks published products by id in pages, renders
 * one normalized item per variant with the market's calculated price and availability, validates
 * it for the destination, and writes only rows whose content hash changed. Memory stays at two
 * pages (the one being written, the next one being read) whatever the catalog's size.
 */
export async function buildSnapshot(container: MedusaContainer, channel: Channel, opts: BuildOptions): Promise<BuildResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = catalogService(container)
  const settingsService = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
  const settings = await settingsService.getEffectiveSettings()
  const ctx: Context = {
    channel,
    storefront: settings.storefront_url,
    template: settings.product_url_template,
    brandName: settings.brand_name,
    publicUrl: settingsService.getPluginOptions().publicUrl,
    mapping: channel.field_mapping ?? {},
  }
  const pageSize = opts.pageSize ?? 250
  const formatter = getFormatter(channel.feed_format)
  const sampleSize = opts.sampleSize ?? 10
  const result: BuildResult = {
    products: 0,
    variants: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    invalid: 0,
    deleted: 0,
    invalid_samples: [],
    changed_samples: [],
  }
  const priceLists = new Map<string, { starts_at: string | null; ends_at: string | null }>()

  const ids = opts.productIds ? [...new Set(opts.productIds)].sort() : null
  // The preview counts deletions stretch by stretch of product ids (see countUnseenItems).
  let previewFrom: string | null = null
  // Time per phase. Loading the next page overlaps rendering and writing the current one, so the
  // load phases add up to more than the wall time; `wait_for_page` is what the loop waited.
  const timings = opts.timings ?? {}
  const add = (phase: string, since: number) => {
    timings[phase] = (timings[phase] ?? 0) + (Date.now() - since)
    return Date.now()
  }

  /** One page of products after `after`, with its links, prices, stock and tax rates. */
  const loadPage = async (after: string | null) => {
    let t = Date.now()
    const idFilter: Record<string, unknown> = {}
    if (after) idFilter.$gt = after
    if (ids) idFilter.$in = ids
    const { data: products } = await query.graph({
      entity: "product",
      fields: PRODUCT_FIELDS,
      filters: { status: "published", ...(Object.keys(idFilter).length ? { id: idFilter } : {}) } as any,
      pagination: { take: pageSize, order: { id: "ASC" } } as any,
    })
    t = add("query_graph", t)
    await Promise.all([loadSalesChannels(query, channel, products as any[]), loadPriceSets(query, products as any[])])
    t = add("links", t)
    const inMarket = (products as any[]).filter((p) => matchesChannel(p, channel))
    const variants = inMarket.flatMap((p) => (p.variants ?? []).map((v: any) => ({ p, v })))
    await attachCalculatedPrices(container, channel, variants.map(({ v }) => v))
    t = add("prices", t)
    const [stock, taxRates] = await Promise.all([
      loadAvailability(query, channel, variants.map(({ v }) => v)),
      loadTaxRates(container, channel, variants),
      loadPriceLists(query, variants.map(({ v }) => v), priceLists),
    ])
    add("stock_tax_price_lists", t)
    return { products: products as any[], inMarket, stock, taxRates }
  }

  // A delta with nothing queued walks nothing.
  let next: ReturnType<typeof loadPage> | null = !ids || ids.length ? loadPage(null) : null
  while (next) {
    let t = Date.now()
    const { products, inMarket, stock, taxRates } = await next
    t = add("wait_for_page", t)
    if (!products.length) break
    result.products += products.length
    // Fetch the next page while this one is rendered and written (one page ahead, no more: memory
    // holds two pages at most). A failure surfaces when the loop awaits it.
    next = products.length < pageSize ? null : loadPage(products[products.length - 1].id)
    next?.catch(() => undefined)

    const rendered = new Map<string, { item: NormalizedItem; productId: string; errors: Issue[]; warnings: Issue[] }>()
    for (const p of inMarket) {
      const group: NormalizedItem[] = []
      for (const v of p.variants ?? []) {
        const warnings: Issue[] = []
        const item = renderItem(ctx, p, v, stock, taxRates, priceLists, warnings)
        const { errors, warnings: w } = validateItem(channel.destination, item)
        rendered.set(v.id, { item, productId: p.id, errors, warnings: [...warnings, ...w] })
        group.push(item)
      }
      for (const [variantId, issues] of validateGroup(group)) {
        rendered.get(variantId)!.errors.push(...issues)
      }
    }
    result.variants += rendered.size
    t = add("render_validate", t)
    const existing = await service.getSnapshotRows(channel.id, [...rendered.keys()])
    const byVariant = new Map(existing.map((r) => [r.variant_id, r]))
    const writes: SnapshotRow[] = []
    const newIds = entityIds("scit", rendered.size)
    const seen: string[] = []
    for (const [variantId, r] of rendered) {
      const hash = contentHash(r.item)
      const valid = r.errors.length === 0
      const row = byVariant.get(variantId)
      if (!valid) {
        result.invalid++
        if (result.invalid_samples.length < sampleSize) {
          result.invalid_samples.push({ variant_id: variantId, product_id: r.productId, errors: r.errors })
        }
      }
      if (row && row.content_hash === hash && row.valid === valid && !row.to_delete) {
        result.unchanged++
        seen.push(row.id)
        continue
      }
      if (valid) {
        row ? result.updated++ : result.created++
        if (result.changed_samples.length < sampleSize) {
          result.changed_samples.push({ variant_id: variantId, change: row ? "update" : "create" })
        }
      }
      const alreadySent = !!row && row.last_sent_hash === hash
      writes.push({
        id: row?.id ?? newIds[writes.length],
        channel_id: channel.id,
        variant_id: variantId,
        product_id: r.productId,
        payload: r.item,
        // Rendered once when the content changes: writing the feed is then a copy of text.
        feed_row: valid ? formatter.row(r.item) : null,
        content_hash: hash,
        valid,
        status: !valid ? "invalid" : alreadySent ? "synced" : "not_sent",
        error_code: r.errors[0]?.code ?? null,
        errors: r.errors,
        warnings: r.warnings,
        dirty: valid && !alreadySent,
        seen_run_id: opts.runId,
      })
    }
    if (opts.dryRun) {
      // What this page's stretch of product ids would lose: rows of its products' variants that
      // were not rendered, and of products between the pages (deleted, unpublished).
      const upTo = products[products.length - 1].id
      result.deleted += await service.countUnseenItems(channel.id, { afterProductId: previewFrom, upToProductId: upTo, productIds: ids, seenVariantIds: [...rendered.keys()] })
      previewFrom = upTo
    } else {
      await service.writeSnapshotRows(writes)
      await service.markSeen(seen, opts.runId)
    }
    add("snapshot_write", t)
    await opts.onPage?.(result.variants)
  }

  if (ids && !ids.length) return result
  if (opts.dryRun) {
    // Rows of products after the last one walked (or of any product, when none was).
    result.deleted += await service.countUnseenItems(channel.id, { afterProductId: previewFrom, upToProductId: null, productIds: ids, seenVariantIds: [] })
  } else {
    const { retired } = await service.retireUnseen(channel.id, opts.runId, ids)
    result.deleted = retired
  }
  return result
}

/**
 * How many variants a run of this channel has to handle: those of the published products (all,
 * or the delta's) that are in the channel's sales channel and pass its filters. A light walk by
 * id in large pages that reads only what `matchesChannel` looks at; it is the run's progress
 * total, so that `done / total` reaches 1.
 */
export async function countChannelVariants(container: MedusaContainer, channel: Channel, productIds: string[] | null, pageSize = 2000) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const f: ChannelFilters = channel.filters ?? {}
  const uses = (key: keyof NonNullable<ChannelFilters["include"]>) => !!(f.include?.[key]?.length || f.exclude?.[key]?.length)
  // No variants here: hydrating 100,000 variant rows took most of this walk. They are counted
  // per page with one count of the product module for the products that match.
  const fields = ["id", "metadata", "collection_id", "type_id"]
  if (uses("tags")) fields.push("tags.value")
  if (uses("category_ids")) fields.push("categories.id")
  const ids = productIds ? [...new Set(productIds)].sort() : null
  if (ids && !ids.length) return 0
  let count = 0
  let cursor: string | null = null
  for (;;) {
    const idFilter: Record<string, unknown> = {}
    if (cursor) idFilter.$gt = cursor
    if (ids) idFilter.$in = ids
    const { data } = await query.graph({
      entity: "product",
      fields,
      filters: { status: "published", ...(Object.keys(idFilter).length ? { id: idFilter } : {}) } as any,
      pagination: { take: pageSize, order: { id: "ASC" } } as any,
    })
    await loadSalesChannels(query, channel, data as any[])
    const matching = (data as any[]).filter((p) => matchesChannel(p, channel)).map((p) => p.id)
    if (matching.length) {
      const [, n] = await container.resolve(Modules.PRODUCT).listAndCountProductVariants({ product_id: matching }, { take: 1, select: ["id"] })
      count += n
    }
    if (data.length < pageSize) return count
    cursor = (data[data.length - 1] as any).id
  }
}

/** The sales channel and the admin's filters decide whether a product belongs to the channel. */
export function matchesChannel(p: any, channel: Pick<Channel, "sales_channel_id" | "filters">): boolean {
  if (p.metadata?.social_catalog_opt_out === true || p.metadata?.social_catalog_opt_out === "true") return false
  if (channel.sales_channel_id && !(p.sales_channels ?? []).some((s: any) => s?.id === channel.sales_channel_id)) {
    return false
  }
  const f: ChannelFilters = channel.filters ?? {}
  const hits = (rule: NonNullable<ChannelFilters["include"]>) =>
    (rule.collection_ids ?? []).includes(p.collection_id) ||
    (rule.type_ids ?? []).includes(p.type_id) ||
    (p.categories ?? []).some((c: any) => (rule.category_ids ?? []).includes(c.id)) ||
    (p.tags ?? []).some((t: any) => (rule.tags ?? []).includes(t.value))
  if (f.exclude && hits(f.exclude)) return false
  const include = f.include
  const hasInclude = include && Object.values(include).some((v) => Array.isArray(v) && v.length)
  return !hasInclude || hits(include!)
}

const ATTRIBUTE_NAMES: Record<string, keyof NormalizedItem> = {
  color: "color",
  colour: "color",
  size: "size",
  material: "material",
  pattern: "pattern",
  gender: "gender",
  "age group": "age_group",
  age_group: "age_group",
}

function absolute(url: string | null | undefined, base: string): string | null {
  if (!url) return null
  try {
    return new URL(url, base).toString()
  } catch {
    return url
  }
}

function renderItem(
  ctx: Context,
  p: any,
  v: any,
  stock: Map<string, number>,
  taxRates: Map<string, number>,
  priceLists: Map<string, { starts_at: string | null; ends_at: string | null }>,
  warnings: Issue[]
): NormalizedItem {
  const { channel, mapping } = ctx
  const rules = RULES[channel.destination]
  const attrs: Partial<Record<keyof NormalizedItem, string>> = {}
  const shared = productParts(ctx, p)
  const optionTitles = shared.optionTitles
  for (const o of v.options ?? []) {
    const key = ATTRIBUTE_NAMES[String(o.option?.title ?? optionTitles.get(o.option_id) ?? "").trim().toLowerCase()]
    if (key && o.value) attrs[key] = String(o.value)
  }
  for (const key of ["gender", "age_group"] as const) {
    if (attrs[key]) attrs[key] = attrs[key]!.toLowerCase()
  }

  const description = shared.description
  if (shared.descriptionTruncated) {
    warnings.push({ code: "description_truncated", field: "description", message: `cut to ${rules.descriptionMax} characters` })
  }
  const multi = (p.variants ?? []).length > 1
  const title = multi && v.title && v.title !== "Default variant" ? `${p.title} - ${v.title}` : p.title

  // The market's price and stock by the one rule every surface uses (src/lib/market-price.ts).
  const offer = marketOffer(
    { calculated_price: v.calculated_price, manage_inventory: v.manage_inventory, allow_backorder: v.allow_backorder, quantity: stock.get(v.id) ?? 0 },
    { currency_code: channel.currency_code, prices_include_tax: channel.prices_include_tax },
    taxRates.get(v.id) ?? 0
  )
  const money = (amount: number | null | undefined) =>
    amount === null || amount === undefined ? null : { amount, currency_code: offer.price!.currency_code }
  const price = offer.price
  const list = price?.price_list_id ? priceLists.get(price.price_list_id) : null
  const availability: NormalizedItem["availability"] = offer.availability
  const quantity = offer.quantity

  const { gtin, mpn } = variantIdentifiers(v, mapping)
  const { brand, category, labels, link: productLink } = shared
  const image = v.thumbnail ? absolute(v.thumbnail, ctx.publicUrl) : shared.image
  const images = v.thumbnail ? shared.allImages.filter((u) => u !== image) : shared.images
  let link = productLink
  if (multi) {
    const url = new URL(productLink)
    url.searchParams.set("variant", v.id)
    link = url.toString()
  }

  return {
    id: v.id,
    item_group_id: p.id,
    title,
    description,
    link,
    image_link: image,
    additional_image_links: images,
    price: money(price?.regular_amount) as NormalizedItem["price"],
    sale_price: money(price?.sale_amount),
    sale_price_effective_date: list && (list.starts_at || list.ends_at) ? { start: list.starts_at, end: list.ends_at } : null,
    availability,
    condition: mapping.condition ?? (["new", "refurbished", "used"].includes(p.metadata?.condition) ? p.metadata.condition : "new"),
    brand,
    gtin,
    mpn,
    google_product_category: category,
    product_type: p.type?.value ?? ((p.categories ?? [])[0]?.name ?? null),
    color: attrs.color ?? null,
    size: attrs.size ?? null,
    material: attrs.material ?? null,
    pattern: attrs.pattern ?? null,
    gender: attrs.gender ?? null,
    age_group: attrs.age_group ?? null,
    // A copy per variant: the payloads must not share one array.
    custom_labels: [...labels] as NormalizedItem["custom_labels"],
    quantity,
  }
}

type ProductParts = {
  optionTitles: Map<string, string>
  description: string
  descriptionTruncated: boolean
  brand: string | null
  category: string | null
  labels: NormalizedItem["custom_labels"]
  image: string | null
  images: string[]
  allImages: string[]
  link: string
}

// What every variant of a product shares, worked out once per product rather than per variant
// (HTML to text, URL parsing). Kept on the product object of the page, so it is dropped with it.
const PARTS = Symbol("social-catalog.product-parts")

function productParts(ctx: Context, p: any): ProductParts {
  if (p[PARTS]) return p[PARTS]
  const { channel, mapping } = ctx
  const rules = RULES[channel.destination]
  let description = htmlToText(p.description) || htmlToText(p.subtitle) || p.title
  let descriptionTruncated = false
  if (Array.from(description).length > rules.descriptionMax) {
    description = truncate(description, rules.descriptionMax)
    descriptionTruncated = true
  }
  const brand = productBrand(p, mapping, ctx.brandName)
  const image = absolute(p.thumbnail ?? p.images?.[0]?.url, ctx.publicUrl)
  const allImages = (p.images ?? []).map((i: any) => absolute(i.url, ctx.publicUrl)).filter(Boolean) as string[]
  const parts: ProductParts = {
    optionTitles: new Map<string, string>((p.options ?? []).map((o: any) => [o.id, o.title])),
    description,
    descriptionTruncated,
    brand,
    category: (p.categories ?? []).map((c: any) => mapping.category_map?.[c.id]).find(Boolean) ?? null,
    labels: [0, 1, 2, 3, 4].map((i) => customLabel(mapping.custom_labels?.[i] ?? null, p)) as NormalizedItem["custom_labels"],
    image,
    images: allImages.filter((u) => u !== image),
    allImages,
    link: new URL(
      renderProductUrl(ctx.template, {
        storefront: ctx.storefront,
        handle: p.handle,
        id: p.id,
        locale: channel.language,
        country: channel.country.toLowerCase(),
      })
    ).toString(),
  }
  p[PARTS] = parts
  return parts
}

function customLabel(rule: NonNullable<FieldMapping["custom_labels"]>[number], p: any): string | null {
  if (!rule) return null
  if (rule.from === "collection") return p.collection?.title ?? null
  if (rule.from === "type") return p.type?.value ?? null
  if (rule.from === "metadata") return p.metadata?.[rule.key] != null ? String(p.metadata[rule.key]).slice(0, 100) : null
  const tag = (p.tags ?? []).find((t: any) => String(t.value).startsWith(rule.prefix))
  return tag ? String(tag.value).slice(rule.prefix.length) : null
}

/**
 * Marks which of the page's products are in the channel's sales channel (all that
 * `matchesChannel` asks), from one query.graph of the link table.
 */
async function loadSalesChannels(query: any, channel: Channel, products: any[]) {
  if (!products.length || !channel.sales_channel_id) return
  const { data } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { product_id: products.map((p) => p.id), sales_channel_id: channel.sales_channel_id },
  })
  const inChannel = new Set((data as any[]).map((l) => l.product_id))
  for (const p of products) p.sales_channels = inChannel.has(p.id) ? [{ id: channel.sales_channel_id }] : []
}

/** Each variant's price set, from one query.graph of the link table. */
async function loadPriceSets(query: any, products: any[]) {
  const variantIds = products.flatMap((p) => (p.variants ?? []).map((v: any) => v.id))
  if (!variantIds.length) return
  const { data } = await query.graph({ entity: "product_variant_price_set", fields: ["variant_id", "price_set_id"], filters: { variant_id: variantIds } })
  const priceSetOf = new Map((data as any[]).map((l) => [l.variant_id, l.price_set_id]))
  for (const p of products) {
    for (const v of p.variants ?? []) v.price_set = priceSetOf.has(v.id) ? { id: priceSetOf.get(v.id) } : null
  }
}

/**
 * The market's price of every variant of the page in one call to the pricing module's
 * calculation (the same calculation `calculated_price` in query.graph runs, without the per-field
 * overhead of resolving it through the graph).
 */
async function attachCalculatedPrices(container: MedusaContainer, channel: Channel, variants: any[]) {
  const ids = [...new Set(variants.map((v) => v.price_set?.id).filter(Boolean))] as string[]
  if (!ids.length) return
  const prices = await container.resolve(Modules.PRICING).calculatePrices(
    { id: ids },
    {
      context: {
        currency_code: channel.currency_code.toLowerCase(),
        ...(channel.region_id ? { region_id: channel.region_id } : {}),
      } as any,
    }
  )
  const bySet = new Map((prices as any[]).map((p) => [p.id, p]))
  for (const v of variants) v.calculated_price = v.price_set?.id ? (bySet.get(v.price_set.id) ?? null) : null
}

/** Stock per variant in the channel's sales channel, one query per page. */
async function loadAvailability(query: any, channel: Channel, variants: any[]) {
  const managed = variants.filter((v) => v.manage_inventory).map((v) => v.id)
  const out = new Map<string, number>()
  if (!managed.length || !channel.sales_channel_id) return out
  const result = await getVariantAvailability(query, { variant_ids: managed, sales_channel_id: channel.sales_channel_id })
  for (const [id, r] of Object.entries(result as Record<string, { availability: number | null }>)) {
    out.set(id, Number(r.availability ?? 0))
  }
  return out
}

/** Sale dates of the price lists the page's prices came from, each list fetched once per run. */
async function loadPriceLists(query: any, variants: any[], cache: Map<string, { starts_at: string | null; ends_at: string | null }>) {
  const ids = [
    ...new Set(
      variants
        .map((v) => v.calculated_price?.calculated_price?.price_list_id)
        .filter((id): id is string => !!id && !cache.has(id))
    ),
  ]
  if (!ids.length) return
  const { data } = await query.graph({ entity: "price_list", fields: ["id", "starts_at", "ends_at"], filters: { id: ids } })
  for (const l of data as any[]) {
    const iso = (d: any) => (d ? new Date(d).toISOString() : null)
    cache.set(l.id, { starts_at: iso(l.starts_at), ends_at: iso(l.ends_at) })
  }
}

/**
 * The tax rate of each variant in the channel's country, for converting prices to what the
 * product page shows there. One call to the tax module per page; without tax regions it is 0.
 */
async function loadTaxRates(container: MedusaContainer, channel: Channel, variants: { p: any; v: any }[]) {
  const needs = variants.filter(({ v }) => {
    const cp = v.calculated_price
    return (
      cp &&
      (!!cp.is_calculated_price_tax_inclusive !== channel.prices_include_tax ||
        !!cp.is_original_price_tax_inclusive !== channel.prices_include_tax)
    )
  })
  return loadCountryTaxRates(
    container,
    channel.country,
    channel.currency_code,
    needs.map(({ p, v }) => ({ id: v.id, product_id: p.id, product_type_id: p.type_id, unit_price: Number(v.calculated_price.calculated_amount ?? 0) }))
  )
}
