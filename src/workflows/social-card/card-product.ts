import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { chooseMarket, type Market, type RegionSummary } from "../../lib/market"
import type { CalculatedPriceInput } from "../../lib/market-price"
import { displaysFromRows, type ProductDisplay, type ProductRow, type VariantRow } from "../../lib/product-display"

/**
 * The product a card shows, read for a crawler's first request in two round trips instead of a
 * dozen: one SQL statement for the product, its variants (with their price sets), its images,
 * its sales channels, whether one of them is public, and the store's regions; then Medusa's own
 * price calculation (`calculatePrices`, what `calculated_price` in query.graph runs) in the
 * market chosen from those regions. Stock (`getVariantAvailability`) and tax (the tax module)
 * are read after that only when the card needs them (managed inventory; a price stored in the
 * other tax basis than the market's), and the price shown comes from `marketOffer` like
 * everywhere else (`displaysFromRows`): the agreement test (market-price.spec.ts) holds.
 *
 * Why SQL and not query.graph here: the graph reads the product module, each link table and
 * each linked module one after the other (about ten round trips for this product, its channels,
 * the store and the publishable keys), which was most of a first card request
 * (docs/cards.md, Performance). The tables are Medusa 2.21's, read as they are, like the catalog
 * snapshot does (`social-catalog/lib/snapshot-loader.ts`).
 */

type Row = Omit<ProductRow, "variants"> & {
  publicly_sold: boolean
  variants: Array<Omit<VariantRow, "calculated_price"> & { price_set_id: string | null }>
  regions: RegionSummary[] | null
}

/**
 * Public sales channels are those `publicSalesChannelIds` (api/utils/public-channels.ts) names:
 * the store's default channel and the channels of publishable keys not revoked. Deleted rows
 * (soft-deleted keys, links, channels) count as absent, as query.graph reads them.
 */
const SQL = `
WITH p AS (
  SELECT id, handle, title, subtitle, description, status, thumbnail, type_id, created_at, updated_at
  FROM product WHERE id = ? AND deleted_at IS NULL
), channels AS (
  SELECT psc.sales_channel_id AS id, psc.created_at, psc.id AS link_id
  FROM product_sales_channel psc
  JOIN sales_channel sc ON sc.id = psc.sales_channel_id AND sc.deleted_at IS NULL
  WHERE psc.product_id = ? AND psc.deleted_at IS NULL
)
SELECT p.*,
  COALESCE((SELECT json_agg(json_build_object('url', i.url) ORDER BY i.rank, i.id)
            FROM image i WHERE i.product_id = p.id AND i.deleted_at IS NULL), '[]') AS images,
  COALESCE((SELECT json_agg(json_build_object('id', c.id) ORDER BY c.created_at, c.link_id) FROM channels c), '[]') AS sales_channels,
  EXISTS (
    SELECT 1 FROM channels c
    WHERE c.id IN (SELECT s.default_sales_channel_id FROM store s WHERE s.deleted_at IS NULL)
       OR EXISTS (
         SELECT 1 FROM publishable_api_key_sales_channel k
         JOIN api_key a ON a.id = k.publishable_key_id AND a.deleted_at IS NULL AND a.type = 'publishable'
           AND (a.revoked_at IS NULL OR a.revoked_at > now())
         WHERE k.sales_channel_id = c.id AND k.deleted_at IS NULL)
  ) AS publicly_sold,
  COALESCE((
    SELECT json_agg(json_build_object(
      'id', v.id, 'title', v.title, 'sku', v.sku, 'barcode', v.barcode, 'variant_rank', v.variant_rank,
      'created_at', v.created_at, 'manage_inventory', v.manage_inventory, 'allow_backorder', v.allow_backorder,
      'price_set_id', ps.price_set_id,
      'options', COALESCE((
        SELECT json_agg(json_build_object('value', ov.value, 'option', json_build_object('title', o.title)) ORDER BY o.title)
        FROM product_variant_option vo
        JOIN product_option_value ov ON ov.id = vo.option_value_id AND ov.deleted_at IS NULL
        JOIN product_option o ON o.id = ov.option_id AND o.deleted_at IS NULL
        WHERE vo.variant_id = v.id), '[]')
    ) ORDER BY v.variant_rank NULLS LAST, v.created_at, v.id)
    FROM product_variant v
    LEFT JOIN product_variant_price_set ps ON ps.variant_id = v.id AND ps.deleted_at IS NULL
    WHERE v.product_id = p.id AND v.deleted_at IS NULL), '[]') AS variants,
  (SELECT json_agg(json_build_object('id', r.id, 'currency_code', lower(r.currency_code), 'countries', COALESCE((
            SELECT json_agg(lower(rc.iso_2) ORDER BY rc.iso_2) FROM region_country rc
            WHERE rc.region_id = r.id AND rc.deleted_at IS NULL), '[]')) ORDER BY r.created_at, r.id)
   FROM (SELECT id, currency_code, created_at FROM region WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 200) r) AS regions
FROM p`

export type CardProduct = {
  /** Null for an unknown product. Unpublished products come with their status. */
  display: ProductDisplay | null
  /** Whether the product is in a public sales channel (see above). */
  publicly_sold: boolean
  market: Market
}

/**
 * The product's display in the market of `currency` and `locale` (`chooseMarket`, as
 * `resolveMarket` chooses it), with the variant asked for (else the first).
 */
export async function loadCardProduct(
  container: MedusaContainer,
  input: { product_id: string; currency_code: string; locale?: string | null; variant_id?: string },
  timings?: { db?: number }
): Promise<CardProduct> {
  const t = performance.now()
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(SQL, [input.product_id, input.product_id])
  const row = rows[0] as Row | undefined
  const market = chooseMarket(row?.regions ?? [], input.currency_code, input.locale)
  if (!row) {
    return { display: null, publicly_sold: false, market }
  }
  const priceSetIds = [...new Set(row.variants.map((v) => v.price_set_id).filter((id): id is string => !!id))]
  const context: Record<string, string> = { currency_code: input.currency_code.toLowerCase() }
  if (market.region_id) {
    context.region_id = market.region_id
  }
  const calculated = priceSetIds.length ? await container.resolve(Modules.PRICING).calculatePrices({ id: priceSetIds }, { context }) : []
  const bySet = new Map(calculated.map((c) => [c.id, c as unknown as CalculatedPriceInput]))
  const product: ProductRow = {
    ...row,
    variants: row.variants.map(({ price_set_id, ...v }) => ({ ...v, calculated_price: price_set_id ? (bySet.get(price_set_id) ?? null) : null })),
  }
  const [display] = await displaysFromRows(container, [product], {
    ids: [row.id],
    currency_code: input.currency_code,
    variant_id: input.variant_id,
    market,
  })
  if (timings) {
    timings.db = performance.now() - t
  }
  return { display: display ?? null, publicly_sold: !!row.publicly_sold, market }
}
