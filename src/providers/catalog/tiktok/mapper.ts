/**
 * NormalizedItem -> a product of TikTok's catalog API (`POST /open_api/v1.3/catalog/product/upload/`),
 * in the v1.3 shape TikTok's own WooCommerce plugin sends: top-level sku_id, item_group_id, title,
 * description, availability (`IN_STOCK`-style enum), image_url, brand, google_product_category;
 * `product_detail` (condition and the variant attributes), `price_info` (numbers; the currency is
 * the catalog's own, set when the catalog was created), `landing_page`, `extra_info` (custom labels).
 */
import type { NormalizedItem } from "../types"
import { formatAmount } from "../lib/money"

export const TIKTOK_AVAILABILITY: Record<NormalizedItem["availability"], string> = {
  in_stock: "IN_STOCK",
  out_of_stock: "OUT_OF_STOCK",
  preorder: "PREORDER",
  backorder: "AVAILABLE_FOR_ORDER",
}

const CONDITION: Record<NormalizedItem["condition"], string> = { new: "NEW", refurbished: "REFURBISHED", used: "USED" }

function compact(object: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(object)) {
    if (object[key] === null || object[key] === undefined || object[key] === "") delete object[key]
  }
  return object
}

export function toTikTokProduct(item: NormalizedItem): Record<string, unknown> {
  const currency = item.price.currency_code.toUpperCase()
  const extra: Record<string, unknown> = {}
  item.custom_labels.forEach((label, i) => {
    extra[`custom_label_${i}`] = label
  })
  compact(extra)
  return compact({
    sku_id: item.id,
    item_group_id: item.item_group_id,
    title: item.title,
    description: item.description,
    availability: TIKTOK_AVAILABILITY[item.availability],
    image_url: item.image_link,
    additional_image_link: item.additional_image_links.length ? item.additional_image_links : null,
    brand: item.brand,
    google_product_category: item.google_product_category,
    product_detail: compact({
      condition: CONDITION[item.condition],
      product_category: item.product_type,
      size: item.size,
      color: item.color,
      material: item.material,
      pattern: item.pattern,
      gender: item.gender ? item.gender.toUpperCase() : null,
      age_group: item.age_group ? item.age_group.toUpperCase() : null,
      gtin: item.gtin,
      mpn: item.mpn,
    }),
    price_info: compact({
      price: Number(formatAmount(item.price.amount, currency)),
      sale_price: item.sale_price ? Number(formatAmount(item.sale_price.amount, currency)) : null,
    }),
    landing_page: { landing_page_url: item.link },
    extra_info: Object.keys(extra).length ? extra : null,
  })
}
