import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, getVariantAvailability, Modules } from "@medusajs/framework/utils"
import { loadTaxRates } from "../../../lib/market"
import type { CalculatedPriceInput } from "../../../lib/market-price"
import { matchesChannel, type CatalogProduct, type CatalogVariant, type PriceListDates, type RenderChannel } from "../../../modules/social-catalog/lib/render-item"

/**
 * Loads the catalog for the snapshot in pages of products by id (keyset, never OFFSET): one
 * set-based SQL statement for the page's products (with their tags, categories, images and
 * sales channel), one for their variants (with options and price set), then Medusa's own
 * pricing calculation (`calculatePrices`, what `calculated_price` in query.graph runs), stock
 * (`getVariantAvailability`) and the tax module for the market.
 *
 * Why SQL for the product data and not query.graph: the catalog reads every published product
 * with its relations, read-only, and hydrating them as ORM entities through the graph took most
 * of the snapshot's time and memory (docs/catalog.md, "Where the time goes"). The SQL reads the
 * product module's tables as they are in Medusa 2.21 and returns plain rows aggregated by
 * PostgreSQL; prices, stock and tax still come from Medusa's modules, so price rules, price
 * lists and tax regions keep their meaning.
 */

export type LoadedPage = {
  /** Products of the page that belong to the channel, with their variants. */
  products: CatalogProduct[]
  /** How many products the page walked (matching or not). */
  walked: number
  /** The last product id walked: the next page starts after it. */
  last: string | null
}

export type SnapshotLoader = {
  loadPage(after: string | null): Promise<LoadedPage>
  /** Dates of the price lists met so far (each list fetched once per run). */
  priceLists: ReadonlyMap<string, PriceListDates>
}

type LoaderChannel = RenderChannel & { region_id: string | null }

type ProductRow = Omit<CatalogProduct, "variants">
type VariantRow = Omit<CatalogVariant, "calculated_price" | "quantity" | "tax_rate"> & { product_id: string; type_id: string | null; price_set_id: string | null }

/** The knex instance Medusa shares with its modules. */
function pg(container: MedusaContainer): Knex {
  return container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
}

/**
 * One page of published products after `after` (or among `ids`), with what filters and rendering read.
 *
 * Whether a product is in the channel's sales channel is read as the list of the product's sales
 * channels (looked up by product id only), not as EXISTS with both ids: on a catalog just
 * imported, before autovacuum had analysed product_sales_channel, PostgreSQL probed that EXISTS
 * through the sales channel's index and filtered by product, reading every product of the sales
 * channel for each product of the page (0.4 ms a product at 4,000 products, growing with the
 * catalog). By product id there is no index to pick wrongly.
 */
async function productRows(knex: Knex, salesChannelId: string | null, after: string | null, ids: string[] | null, limit: number): Promise<ProductRow[]> {
  const { rows } = await knex.raw(
    `WITH page AS (
       SELECT p.id, p.handle, p.title, p.subtitle, p.description, p.thumbnail, p.metadata, p.collection_id, p.type_id
       FROM product p
       WHERE p.status = 'published' AND p.deleted_at IS NULL
         AND (?::text IS NULL OR p.id > ?::text)
         AND (?::text[] IS NULL OR p.id = ANY(?::text[]))
       ORDER BY p.id
       LIMIT ?
     )
     SELECT page.*, c.title AS collection_title, t.value AS type_value,
       COALESCE((SELECT json_agg(tg.value ORDER BY tg.value) FROM product_tags pt
                 JOIN product_tag tg ON tg.id = pt.product_tag_id AND tg.deleted_at IS NULL
                 WHERE pt.product_id = page.id), '[]') AS tags,
       COALESCE((SELECT json_agg(json_build_object('id', pc.id, 'name', pc.name) ORDER BY pc.rank, pc.id) FROM product_category_product pcp
                 JOIN product_category pc ON pc.id = pcp.product_category_id AND pc.deleted_at IS NULL
                 WHERE pcp.product_id = page.id), '[]') AS categories,
       COALESCE((SELECT json_agg(i.url ORDER BY i.rank, i.id) FROM image i
                 WHERE i.product_id = page.id AND i.deleted_at IS NULL), '[]') AS images,
       (?::text IS NULL OR ?::text = ANY(ARRAY(SELECT psc.sales_channel_id::text FROM product_sales_channel psc
                 WHERE psc.product_id = page.id AND psc.deleted_at IS NULL))) AS in_sales_channel
     FROM page
     LEFT JOIN product_collection c ON c.id = page.collection_id AND c.deleted_at IS NULL
     LEFT JOIN product_type t ON t.id = page.type_id AND t.deleted_at IS NULL
     ORDER BY page.id`,
    [after, after, ids, ids, limit, salesChannelId, salesChannelId]
  )
  return rows as ProductRow[]
}

/**
 * The variants of these products, in the admin's order, with their price set and option values.
 * The price set is a correlated look-up (one index probe per variant): joined, PostgreSQL hashed
 * the whole link table for every page (a sequential scan per page, so the walk grew with the
 * square of the catalog). The option values come from one set-based statement for the page,
 * instead of a three-table sub-select per variant.
 */
async function variantRows(knex: Knex, productIds: string[]): Promise<VariantRow[]> {
  if (!productIds.length) return []
  const { rows } = await knex.raw(
    `SELECT v.id, v.product_id, v.title, v.sku, v.barcode, v.ean, v.upc, v.mid_code, v.thumbnail,
       v.manage_inventory, v.allow_backorder,
       (SELECT ps.price_set_id FROM product_variant_price_set ps
         WHERE ps.variant_id = v.id AND ps.deleted_at IS NULL ORDER BY ps.price_set_id LIMIT 1) AS price_set_id
     FROM product_variant v
     WHERE v.product_id = ANY(?::text[]) AND v.deleted_at IS NULL
     ORDER BY v.product_id, v.variant_rank NULLS LAST, v.created_at, v.id`,
    [productIds]
  )
  const variants = rows as VariantRow[]
  if (!variants.length) return variants
  // The option value and its option are looked up per variant option by primary key (LATERAL
  // with OFFSET 0, which PostgreSQL never flattens into a join it may reorder). As a plain
  // three-table join, on tables not analyzed yet (a catalog just imported: autovacuum had not
  // run) PostgreSQL started from product_option, guessed at 12 rows for `deleted_at IS NULL`,
  // and probed the page's 2,500 variant ids for every option value of the catalog: 70 to 90
  // seconds a page at 20,000 variants, against 15 ms this way, with or without statistics.
  const { rows: options } = await knex.raw(
    `SELECT vo.variant_id, o.title, ov.value
     FROM product_variant_option vo
     CROSS JOIN LATERAL (SELECT value, option_id FROM product_option_value
                         WHERE id = vo.option_value_id AND deleted_at IS NULL OFFSET 0) ov
     CROSS JOIN LATERAL (SELECT title FROM product_option
                         WHERE id = ov.option_id AND deleted_at IS NULL OFFSET 0) o
     WHERE vo.variant_id = ANY(?::text[])
     ORDER BY vo.variant_id, o.title`,
    [variants.map((v) => v.id)]
  )
  const byVariant = new Map<string, VariantRow["options"]>()
  for (const o of options as { variant_id: string; title: string; value: string }[]) {
    const list = byVariant.get(o.variant_id)
    if (list) list.push({ title: o.title, value: o.value })
    else byVariant.set(o.variant_id, [{ title: o.title, value: o.value }])
  }
  for (const v of variants) v.options = byVariant.get(v.id) ?? []
  return variants
}

export function createSnapshotLoader(
  container: MedusaContainer,
  channel: LoaderChannel,
  opts: { productIds: string[] | null; pageSize: number; timings?: Record<string, number> }
): SnapshotLoader {
  const knex = pg(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = container.resolve(Modules.PRICING)
  const priceLists = new Map<string, PriceListDates>()
  const timings = opts.timings ?? {}
  const add = (phase: string, since: number) => {
    timings[phase] = (timings[phase] ?? 0) + (Date.now() - since)
    return Date.now()
  }

  /** Medusa's calculated price of each price set in the channel's market, one call per page. */
  const prices = async (priceSetIds: string[]) => {
    const out = new Map<string, CalculatedPriceInput>()
    if (!priceSetIds.length) return out
    const context: Record<string, string> = { currency_code: channel.currency_code.toLowerCase() }
    if (channel.region_id) context.region_id = channel.region_id
    const calculated = await pricing.calculatePrices({ id: priceSetIds }, { context })
    for (const c of calculated) {
      out.set(c.id, {
        calculated_amount: c.calculated_amount === null ? null : Number(c.calculated_amount),
        original_amount: c.original_amount === null ? null : Number(c.original_amount),
        is_calculated_price_tax_inclusive: c.is_calculated_price_tax_inclusive,
        is_original_price_tax_inclusive: c.is_original_price_tax_inclusive,
        calculated_price: { price_list_id: c.calculated_price?.price_list_id ?? null, price_list_type: c.calculated_price?.price_list_type ?? null },
      })
    }
    return out
  }

  const stock = async (variants: VariantRow[]) => {
    const out = new Map<string, number>()
    const managed = variants.filter((v) => v.manage_inventory).map((v) => v.id)
    if (!managed.length || !channel.sales_channel_id) return out
    const result = await getVariantAvailability(query, { variant_ids: managed, sales_channel_id: channel.sales_channel_id })
    for (const [id, r] of Object.entries(result)) out.set(id, Number(r.availability ?? 0))
    return out
  }

  const loadPriceLists = async (ids: string[]) => {
    const missing = [...new Set(ids)].filter((id) => !priceLists.has(id))
    if (!missing.length) return
    const { data } = await query.graph({ entity: "price_list", fields: ["id", "starts_at", "ends_at"], filters: { id: missing } })
    const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null)
    for (const l of data) priceLists.set(l.id, { starts_at: iso(l.starts_at), ends_at: iso(l.ends_at) })
  }

  const ids = opts.productIds ? [...new Set(opts.productIds)].sort() : null
  return {
    priceLists,
    async loadPage(after) {
      if (ids && !ids.length) return { products: [], walked: 0, last: null }
      let t = Date.now()
      const rows = await productRows(knex, channel.sales_channel_id, after, ids, opts.pageSize)
      const inChannel = rows.filter((p) => matchesChannel(p, channel))
      const variants = await variantRows(knex, inChannel.map((p) => p.id))
      t = add("load_products_sql", t)
      const [priced, available] = await Promise.all([prices([...new Set(variants.map((v) => v.price_set_id).filter((id): id is string => !!id))]), stock(variants)])
      t = add("prices_stock", t)
      const calculated = (v: VariantRow) => (v.price_set_id ? (priced.get(v.price_set_id) ?? null) : null)
      // The tax rate only where the stored price's tax basis differs from the market's.
      const needsTax = variants.filter((v) => {
        const cp = calculated(v)
        return !!cp && (!!cp.is_calculated_price_tax_inclusive !== channel.prices_include_tax || !!cp.is_original_price_tax_inclusive !== channel.prices_include_tax)
      })
      const typeOf = new Map(inChannel.map((p) => [p.id, p.type_id]))
      const [taxRates] = await Promise.all([
        loadTaxRates(
          container,
          channel.country,
          channel.currency_code,
          needsTax.map((v) => ({ id: v.id, product_id: v.product_id, product_type_id: typeOf.get(v.product_id) ?? null, unit_price: Number(calculated(v)?.calculated_amount ?? 0) }))
        ),
        loadPriceLists(variants.map((v) => calculated(v)?.calculated_price?.price_list_id).filter((id): id is string => !!id)),
      ])
      add("tax_price_lists", t)

      const byProduct = new Map<string, CatalogVariant[]>(inChannel.map((p) => [p.id, []]))
      for (const v of variants) {
        byProduct.get(v.product_id)?.push({
          id: v.id,
          title: v.title,
          sku: v.sku,
          barcode: v.barcode,
          ean: v.ean,
          upc: v.upc,
          mid_code: v.mid_code,
          thumbnail: v.thumbnail,
          manage_inventory: v.manage_inventory,
          allow_backorder: v.allow_backorder,
          options: v.options,
          calculated_price: calculated(v),
          quantity: v.manage_inventory ? (available.get(v.id) ?? 0) : null,
          tax_rate: taxRates.get(v.id) ?? 0,
        })
      }
      return {
        products: inChannel.map((p) => ({ ...p, variants: byProduct.get(p.id) ?? [] })),
        walked: rows.length,
        last: rows.length ? rows[rows.length - 1].id : null,
      }
    },
  }
}

/**
 * How many variants a run of this channel has to handle (its progress total): those of the
 * published products (all, or the delta's) that are in the channel's sales channel and pass its
 * filters. Walks products by id in large pages, reading only what `matchesChannel` looks at (tags
 * and categories only when the channel filters by them) and each product's variant count, in one
 * statement per page: a tenth of what the snapshot's own product query reads.
 */
export async function countChannelVariants(container: MedusaContainer, channel: LoaderChannel, productIds: string[] | null, pageSize = 5000) {
  const knex = pg(container)
  const ids = productIds ? [...new Set(productIds)].sort() : null
  if (ids && !ids.length) return 0
  const rules = [channel.filters?.include, channel.filters?.exclude]
  const byTags = rules.some((r) => !!r?.tags?.length)
  const byCategories = rules.some((r) => !!r?.category_ids?.length)
  let count = 0
  let after: string | null = null
  for (;;) {
    const { rows } = await knex.raw(
      `SELECT p.id, p.collection_id, p.type_id, p.metadata -> 'social_catalog_opt_out' AS opt_out,
         CASE WHEN ?::boolean THEN COALESCE((SELECT json_agg(tg.value) FROM product_tags pt
           JOIN product_tag tg ON tg.id = pt.product_tag_id AND tg.deleted_at IS NULL WHERE pt.product_id = p.id), '[]') ELSE '[]' END AS tags,
         CASE WHEN ?::boolean THEN COALESCE((SELECT json_agg(json_build_object('id', pc.id)) FROM product_category_product pcp
           JOIN product_category pc ON pc.id = pcp.product_category_id AND pc.deleted_at IS NULL WHERE pcp.product_id = p.id), '[]') ELSE '[]' END AS categories,
         (?::text IS NULL OR ?::text = ANY(ARRAY(SELECT psc.sales_channel_id::text FROM product_sales_channel psc
           WHERE psc.product_id = p.id AND psc.deleted_at IS NULL))) AS in_sales_channel,
         (SELECT count(*) FROM product_variant v WHERE v.product_id = p.id AND v.deleted_at IS NULL)::int AS variants
       FROM product p
       WHERE p.status = 'published' AND p.deleted_at IS NULL
         AND (?::text IS NULL OR p.id > ?::text)
         AND (?::text[] IS NULL OR p.id = ANY(?::text[]))
       ORDER BY p.id
       LIMIT ?`,
      [byTags, byCategories, channel.sales_channel_id, channel.sales_channel_id, after, after, ids, ids, pageSize]
    )
    for (const p of rows) {
      if (matchesChannel({ ...p, metadata: { social_catalog_opt_out: p.opt_out } }, channel)) count += p.variants
    }
    if (rows.length < pageSize) return count
    after = rows[rows.length - 1].id
  }
}
