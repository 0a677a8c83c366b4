import type { FieldMapping } from "../types"

type Mapping = Pick<FieldMapping, "gtin_from" | "mpn_from" | "brand" | "brand_metadata_key">
type ProductLike = { metadata?: Record<string, unknown> | null }
type VariantLike = { id: string; sku?: string | null } & Record<string, unknown>

/**
 * The identifiers by which Google matches an item to its product: the catalog channels write
 * them into the items they send, and the product ratings feed writes the same ones for each
 * reviewed product, so both come from here.
 */

/** The brand: the channel's fixed brand, the product's metadata key, `metadata.brand`, else the store's. */
export function productBrand(p: ProductLike, mapping: Mapping, storeBrand: string | null | undefined): string | null {
  const brand =
    mapping.brand ?? (mapping.brand_metadata_key ? p.metadata?.[mapping.brand_metadata_key] : null) ?? p.metadata?.brand ?? storeBrand ?? null
  return brand ? String(brand) : null
}

/**
 * A variant's GTIN (the first of `gtin_from`'s fields, default barcode, ean, upc, that holds 8 to
 * 14 digits once spaces and dashes are dropped), MPN (`mpn_from`, default mid_code; null turns
 * it off), SKU, and offer id (the catalog item id, which is the variant id).
 */
export function variantIdentifiers(v: VariantLike, mapping: Mapping) {
  const gtinSources = mapping.gtin_from ?? ["barcode", "ean", "upc"]
  const gtin = gtinSources.map((f) => (v[f] ? String(v[f]).replace(/[\s-]/g, "") : "")).find((s) => /^\d{8,14}$/.test(s)) ?? null
  const mpnFrom = mapping.mpn_from === undefined ? "mid_code" : mapping.mpn_from
  const mpn = mpnFrom ? (v[mpnFrom] ?? null) : null
  return { gtin, mpn: mpn ? String(mpn) : null, sku: v.sku ? String(v.sku) : null, offer_id: v.id }
}
