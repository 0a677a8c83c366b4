import type { CatalogOperation, Market, NormalizedItem } from "../types"

export const US: Market = { country: "US", language: "en", currency_code: "USD" }

export function makeItem(id: string, overrides: Partial<NormalizedItem> = {}): NormalizedItem {
  return {
    id,
    item_group_id: "prod_1",
    title: `Shirt ${id}`,
    description: "A plain cotton shirt.",
    link: `https://shop.example/products/shirt?variant=${id}`,
    image_link: "https://cdn.example/shirt.jpg",
    additional_image_links: [],
    price: { amount: 15, currency_code: "USD" },
    sale_price: null,
    sale_price_effective_date: null,
    availability: "in_stock",
    condition: "new",
    brand: "Acme",
    gtin: null,
    mpn: null,
    google_product_category: null,
    product_type: null,
    color: "Blue",
    size: "M",
    material: null,
    pattern: null,
    gender: null,
    age_group: null,
    custom_labels: [null, null, null, null, null],
    quantity: 3,
    ...overrides,
  }
}

export function upsert(id: string, overrides: Partial<NormalizedItem> = {}): CatalogOperation {
  return { method: "upsert", item: { id, payload: makeItem(id, overrides) } }
}

export function upserts(count: number, prefix = "var_"): CatalogOperation[] {
  return Array.from({ length: count }, (_, i) => upsert(`${prefix}${String(i).padStart(5, "0")}`))
}

export function del(id: string): CatalogOperation {
  return { method: "delete", id }
}

/** A clock whose sleep moves time on at once: pacing is checked without real waiting. */
export function fakeClock(start = Date.parse("2026-11-22T10:00:00.000Z")) {
  let t = start
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms
    },
    advance: (ms: number) => {
      t += ms
    },
  }
}

export async function collect<T = string>(iterable: AsyncIterable<T[]>): Promise<T[][]> {
  const pages: T[][] = []
  for await (const page of iterable) pages.push(page)
  return pages
}
