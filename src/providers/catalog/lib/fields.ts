import type { NormalizedItem } from "../types"

/**
 * The descriptive fields Meta and Pinterest both name as Google's product data specification does
 * (their catalogs took its vocabulary), with the five custom labels.
 */
export function googleNamedAttributes(item: NormalizedItem): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    mpn: item.mpn,
    google_product_category: item.google_product_category,
    product_type: item.product_type,
    color: item.color,
    size: item.size,
    material: item.material,
    pattern: item.pattern,
    gender: item.gender,
    age_group: item.age_group,
  }
  item.custom_labels.forEach((label, i) => {
    fields[`custom_label_${i}`] = label
  })
  return fields
}

/** Leaves out fields without a value instead of sending null or an empty string. */
export function withoutEmpty(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined && v !== ""))
}
