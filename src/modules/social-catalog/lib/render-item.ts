import type { NormalizedItem } from "../../../providers/catalog/types"
import { marketOffer, type CalculatedPriceInput } from "../../../lib/market-price"
import { renderProductUrl } from "../../social-settings/lib/product-url"
import type { ChannelFilters, FieldMapping } from "../types"
import { RULES, type Destination } from "./destinations"
import { productBrand, variantIdentifiers } from "./identifiers"
import { htmlToText, truncate } from "./text"
import { validateGroup, validateItem, type Issue } from "./validate"

/**
 * A catalog item from a product and one of its variants, for one channel: pure and typed, so
 * that the feed, the push and the preview render the same thing and the rules can be tested
 * without a database. The loader (workflows/social-catalog/lib/snapshot-loader.ts) brings the
 * data, the writer stores the result.
 */

/** A product as the catalog reads it: the loader's row, nothing Medusa-specific beyond its fields. */
export type CatalogProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  collection_id: string | null
  collection_title: string | null
  type_id: string | null
  type_value: string | null
  tags: string[]
  categories: { id: string; name: string }[]
  /** Image URLs by rank. */
  images: string[]
  /** Whether the product is in the channel's sales channel (true when the channel has none). */
  in_sales_channel: boolean
  variants: CatalogVariant[]
}

export type CatalogVariant = {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  ean: string | null
  upc: string | null
  mid_code: string | null
  thumbnail: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  /** Option values with their option's title ("Size": "M"). */
  options: { title: string; value: string }[]
  /** Medusa's calculated price in the channel's market (pricing module), null without one. */
  calculated_price: CalculatedPriceInput | null
  /** Stock available to the channel's sales channel (read when the inventory is managed). */
  quantity: number | null
  /** The variant's tax rate in the channel's country (a fraction); 0 without tax regions. */
  tax_rate: number
}

/** What rendering needs of a channel. */
export type RenderChannel = {
  destination: Destination
  sales_channel_id: string | null
  currency_code: string
  country: string
  language: string
  prices_include_tax: boolean
  filters: ChannelFilters | null
  field_mapping: FieldMapping | null
}

export type PriceListDates = { starts_at: string | null; ends_at: string | null }

export type RenderContext = {
  channel: RenderChannel
  storefront: string
  /** The store's product URL template (social settings). */
  template: string
  brandName: string | null
  /** Base for relative image URLs (the plugin's public URL). */
  publicUrl: string
  /** Dates of the price lists sale prices come from, by id. */
  priceLists: ReadonlyMap<string, PriceListDates>
}

export type RenderedItem = {
  item: NormalizedItem
  product_id: string
  errors: Issue[]
  warnings: Issue[]
}

/** The sales channel and the admin's filters decide whether a product belongs to the channel. */
export function matchesChannel(
  p: Pick<CatalogProduct, "metadata" | "collection_id" | "type_id" | "tags" | "categories" | "in_sales_channel">,
  channel: Pick<RenderChannel, "sales_channel_id" | "filters">
): boolean {
  const optOut = p.metadata?.social_catalog_opt_out
  if (optOut === true || optOut === "true") return false
  if (channel.sales_channel_id && !p.in_sales_channel) return false
  const f: ChannelFilters = channel.filters ?? {}
  const hits = (rule: NonNullable<ChannelFilters["include"]>) =>
    (!!p.collection_id && (rule.collection_ids ?? []).includes(p.collection_id)) ||
    (!!p.type_id && (rule.type_ids ?? []).includes(p.type_id)) ||
    p.categories.some((c) => (rule.category_ids ?? []).includes(c.id)) ||
    p.tags.some((t) => (rule.tags ?? []).includes(t))
  if (f.exclude && hits(f.exclude)) return false
  const include = f.include
  const hasInclude = !!include && Object.values(include).some((v) => Array.isArray(v) && v.length > 0)
  return !hasInclude || hits(include!)
}

const ATTRIBUTE_NAMES: Record<string, "color" | "size" | "material" | "pattern" | "gender" | "age_group"> = {
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

/**
 * Every variant of a product as the channel's items, validated one by one and as a group (the
 * variants of a product must differ by their attributes). The caller checks `matchesChannel`.
 */
export function renderProduct(ctx: RenderContext, p: CatalogProduct): RenderedItem[] {
  const shared = productParts(ctx, p)
  const out: RenderedItem[] = []
  for (const v of p.variants) {
    const warnings: Issue[] = []
    if (shared.descriptionTruncated) {
      warnings.push({ code: "description_truncated", field: "description", message: `cut to ${RULES[ctx.channel.destination].descriptionMax} characters` })
    }
    const item = renderVariant(ctx, p, v, shared)
    const checked = validateItem(ctx.channel.destination, item)
    out.push({ item, product_id: p.id, errors: checked.errors, warnings: [...warnings, ...checked.warnings] })
  }
  const byId = new Map(out.map((r) => [r.item.id, r]))
  for (const [variantId, issues] of validateGroup(out.map((r) => r.item))) {
    byId.get(variantId)?.errors.push(...issues)
  }
  return out
}

type ProductParts = {
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

/** What every variant of a product shares, worked out once per product (HTML to text, URLs). */
function productParts(ctx: RenderContext, p: CatalogProduct): ProductParts {
  const { channel } = ctx
  const mapping = channel.field_mapping ?? {}
  const max = RULES[channel.destination].descriptionMax
  let description = htmlToText(p.description) || htmlToText(p.subtitle) || p.title
  let descriptionTruncated = false
  if (Array.from(description).length > max) {
    description = truncate(description, max)
    descriptionTruncated = true
  }
  const brand = productBrand(p, mapping, ctx.brandName)
  const image = absolute(p.thumbnail ?? p.images[0], ctx.publicUrl)
  const allImages = p.images.map((u) => absolute(u, ctx.publicUrl)).filter((u): u is string => !!u)
  return {
    description,
    descriptionTruncated,
    brand,
    category: p.categories.map((c) => mapping.category_map?.[c.id]).find((c): c is string => !!c) ?? null,
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
}

function renderVariant(ctx: RenderContext, p: CatalogProduct, v: CatalogVariant, shared: ProductParts): NormalizedItem {
  const { channel } = ctx
  const mapping = channel.field_mapping ?? {}
  const attrs: Partial<Record<"color" | "size" | "material" | "pattern" | "gender" | "age_group", string>> = {}
  for (const o of v.options) {
    const key = ATTRIBUTE_NAMES[o.title.trim().toLowerCase()]
    if (key && o.value) attrs[key] = key === "gender" || key === "age_group" ? o.value.toLowerCase() : o.value
  }
  const multi = p.variants.length > 1
  const title = multi && v.title && v.title !== "Default variant" ? `${p.title} - ${v.title}` : p.title

  // The market's price and stock by the one rule every surface uses (src/lib/market-price.ts).
  const offer = marketOffer(
    { calculated_price: v.calculated_price, manage_inventory: v.manage_inventory, allow_backorder: v.allow_backorder, quantity: v.quantity },
    { currency_code: channel.currency_code, prices_include_tax: channel.prices_include_tax },
    v.tax_rate
  )
  const price = offer.price
  const money = (amount: number | null | undefined) => (amount === null || amount === undefined || !price ? null : { amount, currency_code: price.currency_code })
  const list = price?.price_list_id ? ctx.priceLists.get(price.price_list_id) : null

  // The same identifiers as Google's product ratings feed (lib/identifiers.ts), so Google matches both.
  const { gtin, mpn } = variantIdentifiers(v, mapping)
  const image = v.thumbnail ? absolute(v.thumbnail, ctx.publicUrl) : shared.image
  const images = v.thumbnail ? shared.allImages.filter((u) => u !== image) : shared.images
  const link = multi ? withVariant(shared.link, v.id) : shared.link
  const condition = p.metadata?.condition
  return {
    id: v.id,
    item_group_id: p.id,
    title,
    description: shared.description,
    link,
    image_link: image,
    additional_image_links: images,
    // A variant without a price in the market has none: validation refuses it (missing_price).
    price: money(price?.regular_amount) as NormalizedItem["price"],
    sale_price: money(price?.sale_amount),
    sale_price_effective_date: list && (list.starts_at || list.ends_at) ? { start: list.starts_at, end: list.ends_at } : null,
    availability: offer.availability,
    condition: mapping.condition ?? (condition === "new" || condition === "refurbished" || condition === "used" ? condition : "new"),
    brand: shared.brand,
    gtin,
    mpn,
    google_product_category: shared.category,
    product_type: p.type_value ?? p.categories[0]?.name ?? null,
    color: attrs.color ?? null,
    size: attrs.size ?? null,
    material: attrs.material ?? null,
    pattern: attrs.pattern ?? null,
    gender: attrs.gender ?? null,
    age_group: attrs.age_group ?? null,
    // A copy per variant: the payloads must not share one array.
    custom_labels: [...shared.labels] as NormalizedItem["custom_labels"],
    quantity: offer.quantity,
  }
}

/**
 * The product link with `variant=<id>` in its query. A link without query or fragment and an id
 * of URL-safe characters (Medusa's ids) give the same text as going through `URL`, without
 * parsing the link again for every variant.
 */
function withVariant(link: string, variantId: string): string {
  if (!link.includes("?") && !link.includes("#") && /^[\w-]+$/.test(variantId)) return `${link}?variant=${variantId}`
  const url = new URL(link)
  url.searchParams.set("variant", variantId)
  return url.toString()
}

function customLabel(rule: NonNullable<FieldMapping["custom_labels"]>[number], p: CatalogProduct): string | null {
  if (!rule) return null
  if (rule.from === "collection") return p.collection_title
  if (rule.from === "type") return p.type_value
  if (rule.from === "metadata") {
    const value = p.metadata?.[rule.key]
    return value !== null && value !== undefined ? String(value).slice(0, 100) : null
  }
  const tag = p.tags.find((t) => t.startsWith(rule.prefix))
  return tag !== undefined ? tag.slice(rule.prefix.length) : null
}
