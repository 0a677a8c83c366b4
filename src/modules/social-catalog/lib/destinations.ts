import type { NormalizedItem } from "../../../providers/catalog/types"

export const DESTINATIONS = ["meta", "google", "pinterest", "tiktok"] as const
export type Destination = (typeof DESTINATIONS)[number]

export type Availability = NormalizedItem["availability"]

/** The variant attributes that must be on every variant of a group (PLATFORMS.md, catalog items). */
export const VARIANT_ATTRIBUTES = ["color", "size", "material", "pattern", "gender", "age_group"] as const

export type DestinationRules = {
  idMax: number
  titleMax: number
  descriptionMax: number
  /** Fields an item cannot be sent without. `brand_or_identifier` is Google's "brand, or gtin/mpn". */
  required: (keyof NormalizedItem | "brand_or_identifier")[]
  /** The platform's availability words for our four states. */
  availability: Record<Availability, string>
  maxAdditionalImages: number
}

/**
 * Each platform's item rules, from PLATFORMS.md "Catalog items" (the platforms' feed specs).
 * Limits that two summaries disagree on use the smaller one.
 */
export const RULES: Record<Destination, DestinationRules> = {
  google: {
    idMax: 50,
    titleMax: 150,
    descriptionMax: 5000,
    required: ["id", "title", "description", "link", "image_link", "availability", "price", "condition", "brand_or_identifier"],
    // Google's words, underscores included.
    availability: { in_stock: "in_stock", out_of_stock: "out_of_stock", preorder: "preorder", backorder: "backorder" },
    maxAdditionalImages: 10,
  },
  meta: {
    idMax: 100,
    titleMax: 200,
    descriptionMax: 9999,
    required: ["id", "title", "description", "availability", "condition", "price", "link", "image_link", "brand"],
    // Meta has no "backorder": "available for order" is its word for a buyable, not stocked item.
    availability: { in_stock: "in stock", out_of_stock: "out of stock", preorder: "preorder", backorder: "available for order" },
    maxAdditionalImages: 20,
  },
  pinterest: {
    idMax: 127,
    titleMax: 500,
    descriptionMax: 10000,
    required: ["id", "title", "description", "link", "image_link", "price", "availability"],
    // Pinterest knows only three words; a backorder can be bought later, as a preorder can.
    availability: { in_stock: "in stock", out_of_stock: "out of stock", preorder: "preorder", backorder: "preorder" },
    maxAdditionalImages: 10,
  },
  tiktok: {
    // TikTok's sku_id limit is not in our sources; 50 is safe under every platform's.
    idMax: 50,
    titleMax: 255,
    descriptionMax: 10000,
    required: ["id", "title", "description", "availability", "condition", "price", "link", "image_link", "brand"],
    availability: { in_stock: "in stock", out_of_stock: "out of stock", preorder: "preorder", backorder: "available for order" },
    maxAdditionalImages: 10,
  },
}
