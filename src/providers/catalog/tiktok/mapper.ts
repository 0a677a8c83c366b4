/**
 * NormalizedItem -> a product of TikTok's catalog API (`POST /open_api/v1.3/catalog/product/upload/`):
 * the feed's fields in TikTok's JSON naming, enums in capitals (`IN_STOCK`), price as an object.
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

export function toTikTokProduct(item: NormalizedItem): Record<string, unknown> {
  const currency = item.price.currency_code.toUpperCase()
  const product: Record<string, unknown> = {
    sku_id: item.id,
    item_group_id: item.item_group_id,
    title: item.title,
    description: item.description,
    availability: TIKTOK_AVAILABILITY[item.availability],
    condition: CONDITION[item.condition],
    brand: item.brand,
    image_url: item.image_link,
    additional_image_urls: item.additional_image_links.length ? item.additional_image_links : null,
    landing_page: { landing_page_url: item.link },
    price: {
      price: Number(formatAmount(item.price.amount, currency)),
      ...(item.sale_price ? { sale_price: Number(formatAmount(item.sale_price.amount, currency)) } : {}),
      currency,
    },
    gtin: item.gtin,
    mpn: item.mpn,
    google_product_category: item.google_product_category,
    product_type: item.product_type,
    color: item.color,
    size: item.size,
    material: item.material,
    pattern: item.pattern,
    gender: item.gender ? item.gender.toUpperCase() : null,
    age_group: item.age_group ? item.age_group.toUpperCase() : null,
    inventory: item.quantity,
  }
  item.custom_labels.forEach((label, i) => {
    product[`custom_label_${i}`] = label
  })
  for (const key of Object.keys(product)) {
    if (product[key] === null || product[key] === undefined || product[key] === "") {
      delete product[key]
    }
  }
  return product
}
