import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, QueryContext } from "@medusajs/framework/utils"
import { loadTaxRates, type Market } from "./market"
import { marketOffer, type CalculatedPriceInput, type PriceMarket } from "./market-price"

/**
 * A product as a share card, a meta tag set or an RSS item shows it: one variant (the one asked
 * for, else the first), its price in one currency, and whether it can be bought.
 */
export type ProductDisplay = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: string
  thumbnail: string | null
  images: string[]
  collection: string | null
  categories: string[]
  tags: string[]
  variant: {
    id: string
    title: string | null
    sku: string | null
    barcode: string | null
    options: Record<string, string>
  } | null
  /**
   * The price the shopper of the market pays (`marketPrice`): amounts in the currency's main unit
   * (12.5 = 12.50 EUR), with the market's tax when its prices include tax. Null when the variant
   * has no price there.
   */
  price: {
    currency_code: string
    amount: number
    original_amount: number
    on_sale: boolean
    tax_included: boolean
  } | null
  availability: "in stock" | "out of stock"
  /** The sales channels the product is in (a store route shows it only through one of its key's). */
  sales_channel_ids?: string[]
  created_at: Date
  updated_at: Date
}

export type ProductDisplayQuery = {
  ids: string[]
  currency_code: string
  region_id?: string
  variant_id?: string
  /** Stock is counted in this sales channel's locations; without one, any stock counts. */
  sales_channel_id?: string
  /**
   * The market whose price is shown (`resolveMarket`): its region prices the variant and its
   * country's tax is added where prices include tax. Without one, amounts are shown as stored.
   */
  market?: Market
}

const FIELDS = [
  "id",
  "handle",
  "title",
  "type_id",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
  "images.url",
  "collection.title",
  "categories.name",
  "tags.value",
  "sales_channels.id",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.barcode",
  "variants.variant_rank",
  "variants.created_at",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.options.value",
  "variants.options.option.title",
  "variants.calculated_price.*",
]

/** A variant as `FIELDS` reads it. */
export type VariantRow = {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  variant_rank: number | null
  created_at: Date | string
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  options?: Array<{ value: string; option?: { title: string } | null }> | null
  calculated_price?: CalculatedPriceInput | null
}

/** A product as `FIELDS` reads it (the card path reads the same shape with SQL: `lib/card-product.ts`). */
export type ProductRow = {
  id: string
  handle: string
  title: string
  type_id: string | null
  subtitle: string | null
  description: string | null
  status: string
  thumbnail: string | null
  created_at: Date | string
  updated_at: Date | string
  images?: Array<{ url: string }> | null
  collection?: { title: string } | null
  categories?: Array<{ name: string }> | null
  tags?: Array<{ value: string }> | null
  sales_channels?: Array<{ id: string }> | null
  variants?: VariantRow[] | null
}

/**
 * Loads display data for several products in one query (and one availability query), in the
 * order of `ids`; unknown ids are left out. Unpublished products are returned with their status,
 * for the caller to refuse.
 */
export async function loadProductDisplays(
  container: MedusaContainer,
  { ids, currency_code, region_id, variant_id, sales_channel_id, market }: ProductDisplayQuery
): Promise<ProductDisplay[]> {
  if (!ids.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: FIELDS,
    filters: { id: ids },
    context: {
      variants: {
        calculated_price: QueryContext({
          currency_code: currency_code.toLowerCase(),
          ...((market?.region_id ?? region_id) ? { region_id: market?.region_id ?? region_id } : {}),
        }),
      },
    },
  })

  return displaysFromRows(container, data as ProductRow[], { ids, currency_code, variant_id, sales_channel_id, market })
}

/**
 * Display data from product rows already read (with their variants' `calculated_price` in the
 * query's currency and market), in the order of `ids`: the variant shown, its stock and its
 * price in the market (`marketOffer`). Shared by `loadProductDisplays` and the card path, which
 * reads the rows itself.
 */
export async function displaysFromRows(
  container: MedusaContainer,
  products: ProductRow[],
  { ids, currency_code, variant_id, sales_channel_id, market }: Omit<ProductDisplayQuery, "region_id">
): Promise<ProductDisplay[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const chosen = new Map<string, VariantRow | null>()
  for (const p of products) {
    // "The first variant" must be the same on every call: the query returns variants in no fixed
    // order, so sort them as the admin ranks them, then by creation; variants created together
    // (same rank and time) show the lowest price, the "from" price a shopper expects.
    const amount = (v: VariantRow) => Number(v.calculated_price?.calculated_amount ?? Number.POSITIVE_INFINITY)
    const variants = [...(p.variants ?? [])].sort(
      (a, b) =>
        (a.variant_rank ?? 0) - (b.variant_rank ?? 0) ||
        new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
        amount(a) - amount(b) ||
        String(a.id).localeCompare(String(b.id))
    )
    chosen.set(p.id, variants.find((v) => v.id === variant_id) ?? variants[0] ?? null)
  }

  const stocked = [...chosen.values()].filter((v): v is VariantRow => !!v?.manage_inventory && !v.allow_backorder)
  const availability = new Map<string, number | null>()
  if (stocked.length) {
    // Without a sales channel, use the product's first one: stock only exists through channels.
    const byChannel = new Map<string, string[]>()
    for (const p of products) {
      const v = chosen.get(p.id)
      if (!v || !stocked.includes(v)) {
        continue
      }
      const channel = sales_channel_id ?? p.sales_channels?.[0]?.id
      if (!channel) {
        availability.set(v.id, 0)
        continue
      }
      byChannel.set(channel, [...(byChannel.get(channel) ?? []), v.id])
    }
    for (const [channel, variantIds] of byChannel) {
      const result = await getVariantAvailability(query, { variant_ids: variantIds, sales_channel_id: channel })
      for (const [id, r] of Object.entries(result)) {
        availability.set(id, r.availability)
      }
    }
  }

  const priceMarket: PriceMarket = market ?? { currency_code, prices_include_tax: null }
  const taxRates = await marketTaxRates(container, priceMarket, market?.country_code ?? null, products, chosen)

  const byId = new Map(products.map((p) => [p.id, p]))
  return ids
    .flatMap((id) => {
      const p = byId.get(id)
      return p ? [p] : []
    })
    .map((p) => {
      const v = chosen.get(p.id) ?? null
      return toDisplay(p, v, availability, priceMarket, v ? (taxRates.get(v.id) ?? 0) : 0)
    })
}

/**
 * The tax rates the shown variants need: only where the stored price's tax basis differs from
 * the market's (a net price where prices include tax, or the reverse).
 */
async function marketTaxRates(
  container: MedusaContainer,
  market: PriceMarket,
  country: string | null,
  products: ProductRow[],
  chosen: Map<string, VariantRow | null>
): Promise<Map<string, number>> {
  if (market.prices_include_tax === null || !country) {
    return new Map()
  }
  const needs = products
    .flatMap((p) => {
      const v = chosen.get(p.id)
      return v ? [{ p, v }] : []
    })
    .filter(({ v }) => {
      const cp = v.calculated_price
      return (
        cp &&
        cp.calculated_amount != null &&
        (!!cp.is_calculated_price_tax_inclusive !== market.prices_include_tax ||
          !!cp.is_original_price_tax_inclusive !== market.prices_include_tax)
      )
    })
  return loadTaxRates(
    container,
    country,
    market.currency_code,
    needs.map(({ p, v }) => ({ id: v.id, product_id: p.id, product_type_id: p.type_id, unit_price: Number(v.calculated_price?.calculated_amount) }))
  )
}

function toDisplay(p: ProductRow, v: VariantRow | null, availability: Map<string, number | null>, market: PriceMarket, taxRate: number): ProductDisplay {
  const offer = v
    ? marketOffer(
        {
          calculated_price: v.calculated_price,
          manage_inventory: v.manage_inventory,
          allow_backorder: v.allow_backorder,
          quantity: availability.get(v.id) ?? null,
        },
        market,
        taxRate
      )
    : null
  const price = offer?.price ?? null
  // Cards and tags say "in stock" for what can be ordered now, backorders included.
  const inStock = !!offer && offer.availability !== "out_of_stock"
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    subtitle: p.subtitle ?? null,
    description: p.description ?? null,
    status: p.status,
    thumbnail: p.thumbnail ?? p.images?.[0]?.url ?? null,
    images: (p.images ?? []).map((i) => i.url),
    collection: p.collection?.title ?? null,
    categories: (p.categories ?? []).map((c) => c.name),
    tags: (p.tags ?? []).map((t) => t.value),
    variant: v
      ? {
          id: v.id,
          title: v.title ?? null,
          sku: v.sku ?? null,
          barcode: v.barcode ?? null,
          options: Object.fromEntries(
            (v.options ?? []).flatMap((o) => (o.option?.title ? [[o.option.title, o.value]] : []))
          ),
        }
      : null,
    price: price
      ? {
          currency_code: price.currency_code,
          amount: price.amount,
          original_amount: price.regular_amount,
          on_sale: price.on_sale,
          tax_included: price.tax_included,
        }
      : null,
    availability: inStock ? "in stock" : "out of stock",
    sales_channel_ids: (p.sales_channels ?? []).map((c) => c.id),
    created_at: new Date(p.created_at),
    updated_at: new Date(p.updated_at),
  }
}
