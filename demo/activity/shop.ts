import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OUT_OF_STOCK_HANDLES } from "../catalog"
import type { Market } from "./checkout"

export type ShopContext = {
  sales_channel_id: string
  markets: { eu: Market[]; us: Market }
  products: { id: string; handle: string; title: string; variant_ids: string[] }[]
}

/** What the demo store seeded: its sales channel, a market per country, the products in stock. */
export async function loadShop(container: MedusaContainer, salesChannelName: string): Promise<ShopContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: salesChannelName } })
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "currency_code", "countries.iso_2"] })
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "service_zone.geo_zones.country_code", "type.code"],
  })
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle", "title", "variants.id"], filters: { status: "published" } })
  const standardFor = (country: string) =>
    (options as any[]).find((o) => o.type?.code === "standard" && o.service_zone?.geo_zones?.some((g: any) => g.country_code === country))?.id
  const market = (region: any, country: string): Market => ({
    region_id: region.id,
    currency_code: region.currency_code,
    country_code: country,
    shipping_option_id: standardFor(country),
  })
  const eu = (regions as any[]).find((r) => r.currency_code === "eur")
  const us = (regions as any[]).find((r) => r.currency_code === "usd")
  return {
    sales_channel_id: channels[0].id,
    markets: { eu: eu.countries.map((c: any) => market(eu, c.iso_2)), us: market(us, "us") },
    products: (products as any[])
      .filter((p) => !OUT_OF_STOCK_HANDLES.has(p.handle))
      .map((p) => ({ id: p.id, handle: p.handle, title: p.title, variant_ids: p.variants.map((v: any) => v.id) })),
  }
}

/** A small seeded generator (mulberry32): the same demo history on every machine. */
export function randomFrom(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
  }
}
export type Random = ReturnType<typeof randomFrom>
