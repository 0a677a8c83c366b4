/**
 * NormalizedItem -> Pinterest v5 catalog item attributes (`POST /v5/catalogs/items/batch`). The
 * batch carries one `country` and one `language`, so the market is not repeated per item.
 */
import { googleNamedAttributes, withoutEmpty } from "../lib/fields"
import type { CatalogOperation, Market, NormalizedItem } from "../types"
import { formatPrice } from "../lib/money"

/** Pinterest knows "in stock", "out of stock" and "preorder"; a backorder can be ordered now and ships later. */
export const PINTEREST_AVAILABILITY: Record<NormalizedItem["availability"], string> = {
  in_stock: "in stock",
  out_of_stock: "out of stock",
  preorder: "preorder",
  backorder: "preorder",
}

export type PinterestUpsertItem = { item_id: string; attributes: Record<string, unknown> }
export type PinterestDeleteItem = { item_id: string }

export function toPinterestAttributes(item: NormalizedItem): Record<string, unknown> {
  const attributes: Record<string, unknown> = {
    item_group_id: item.item_group_id,
    title: item.title,
    description: item.description,
    link: item.link,
    // Pinterest takes image_link as a list (the first is the main image).
    image_link: item.image_link ? [item.image_link] : null,
    additional_image_link: item.additional_image_links.length ? item.additional_image_links : null,
    price: formatPrice(item.price.amount, item.price.currency_code),
    sale_price: item.sale_price ? formatPrice(item.sale_price.amount, item.sale_price.currency_code) : null,
    availability: PINTEREST_AVAILABILITY[item.availability],
    condition: item.condition,
    brand: item.brand,
    // Pinterest's ItemAttributes declares gtin an integer (a GTIN-14's leading zero is not kept).
    gtin: item.gtin && /^\d+$/.test(item.gtin) ? Number(item.gtin) : null,
    ...googleNamedAttributes(item),
  }
  return withoutEmpty(attributes)
}

/** Pinterest's country is an ISO 3166 code in capitals, its language ISO 639-1 in capitals ("US", "EN"). */
export function pinterestLocale(market: Market): { country: string; language: string } {
  return { country: market.country.toUpperCase(), language: market.language.slice(0, 2).toUpperCase() }
}

export function toPinterestUpsert(op: Extract<CatalogOperation, { method: "upsert" }>): PinterestUpsertItem {
  return { item_id: op.item.id, attributes: toPinterestAttributes(op.item.payload) }
}
