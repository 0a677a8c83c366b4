/**
 * NormalizedItem -> one request of Meta's Catalog Batch API (`POST /{catalog_id}/items_batch`,
 * item_type PRODUCT_ITEM). The fields follow Meta's product feed specification: `id` is the
 * retailer id (the content id the pixel sends), prices are "15.00 USD" strings, availability uses
 * Meta's words.
 */
import { googleNamedAttributes, withoutEmpty } from "../lib/fields"
import type { CatalogOperation, Market, NormalizedItem } from "../types"
import { formatPrice } from "../lib/money"

/** Meta's availability words (feed spec); a backorder is "available for order". */
export const META_AVAILABILITY: Record<NormalizedItem["availability"], string> = {
  in_stock: "in stock",
  out_of_stock: "out of stock",
  preorder: "preorder",
  backorder: "available for order",
}

export type MetaBatchRequest = { method: "UPDATE" | "DELETE"; data: Record<string, unknown> }

function saleDates(item: NormalizedItem): string | null {
  const dates = item.sale_price_effective_date
  if (!item.sale_price || !dates || (!dates.start && !dates.end)) {
    return null
  }
  // Meta takes an ISO 8601 interval; an open end is written as far in the future.
  return `${dates.start ?? "1970-01-01T00:00:00Z"}/${dates.end ?? "2100-01-01T00:00:00Z"}`
}

/** The `data` object of an UPDATE request: every field set, nothing null (Meta rejects nulls). */
export function toMetaItemData(item: NormalizedItem): Record<string, unknown> {
  const data: Record<string, unknown> = {
    id: item.id,
    item_group_id: item.item_group_id,
    title: item.title,
    description: item.description,
    availability: META_AVAILABILITY[item.availability],
    condition: item.condition,
    price: formatPrice(item.price.amount, item.price.currency_code),
    link: item.link,
    image_link: item.image_link,
    additional_image_link: item.additional_image_links.length ? item.additional_image_links : null,
    brand: item.brand,
    sale_price: item.sale_price ? formatPrice(item.sale_price.amount, item.sale_price.currency_code) : null,
    sale_price_effective_date: saleDates(item),
    gtin: item.gtin,
    ...googleNamedAttributes(item),
    quantity_to_sell_on_facebook: item.quantity,
  }
  return withoutEmpty(data)
}

/**
 * UPDATE with allow_upsert creates the item when it is missing, so one method serves both; a
 * DELETE carries only the id.
 */
export function toMetaRequest(op: CatalogOperation, _market?: Market): MetaBatchRequest {
  if (op.method === "delete") {
    return { method: "DELETE", data: { id: op.id } }
  }
  return { method: "UPDATE", data: toMetaItemData({ ...op.item.payload, id: op.item.id }) }
}
