import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { pricesIncludeTax, type PriceMarket } from "./market-price"

/**
 * The market a share link, a card or the RSS speaks to: its currency, the region whose prices
 * and tax settings apply (as a cart in that region would get them), the country whose tax the
 * shopper pays, and whether prices there are shown with tax.
 */
export type Market = PriceMarket & {
  region_id: string | null
  /** Lower case ISO 3166-1 alpha-2, or null when neither the locale nor a region names one. */
  country_code: string | null
}

export type RegionSummary = { id: string; currency_code: string; countries: string[] }

/** The country a locale points at: its region ("de-AT" → at), else its language's likely one ("fr" → fr). */
export function localeCountry(locale: string | null | undefined): string | null {
  if (!locale) return null
  try {
    const region = new Intl.Locale(locale.replace(/_/g, "-")).maximize().region
    return region && /^[A-Z]{2}$/.test(region) ? region.toLowerCase() : null
  } catch {
    return null
  }
}

/**
 * Chooses the market of a currency and locale among the store's regions (in their order, oldest
 * first). The locale's country wins when a region selling in that currency contains it (a
 * de-DE link in EUR: Germany); otherwise the currency's default region, the first region selling
 * in it, with its first country in alphabetical order (an EUR link without a locale in a store
 * whose Europe region holds de, fr, nl: Germany). Without any region in that currency, the
 * locale's own region (if it names one) still decides the tax, with no region for prices.
 */
export function chooseMarket(regions: RegionSummary[], currencyCode: string, locale?: string | null): Market {
  const currency = currencyCode.toLowerCase()
  const inCurrency = regions.filter((r) => r.currency_code.toLowerCase() === currency)
  const wanted = localeCountry(locale)
  const withCountry = wanted ? inCurrency.find((r) => r.countries.includes(wanted)) : undefined
  if (withCountry && wanted) {
    return { currency_code: currency, region_id: withCountry.id, country_code: wanted, prices_include_tax: pricesIncludeTax(wanted) }
  }
  const first = inCurrency.find((r) => r.countries.length) ?? inCurrency[0]
  if (first) {
    const country = [...first.countries].sort()[0] ?? null
    return { currency_code: currency, region_id: first.id, country_code: country, prices_include_tax: country ? pricesIncludeTax(country) : null }
  }
  // Only an explicit region of the locale counts here: "en" alone says nothing about tax.
  const explicit = locale && /[-_](?:[A-Za-z]{2})(?:$|[-_])/.test(locale) ? wanted : null
  return { currency_code: currency, region_id: null, country_code: explicit, prices_include_tax: explicit ? pricesIncludeTax(explicit) : null }
}

/**
 * The store's regions with their countries, oldest first. Read on each call, not cached: the
 * routes that need it also read the product, so one small query more is cheap, and a region or
 * tax change then shows at once in every process.
 */
export async function storeRegions(container: MedusaContainer): Promise<RegionSummary[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code", "created_at", "countries.iso_2"],
    pagination: { take: 200, order: { created_at: "ASC", id: "ASC" } },
  })
  const regions: Array<{ id: string; currency_code: string; countries?: Array<{ iso_2: string }> | null }> = data
  return regions.map((r) => ({
    id: r.id,
    currency_code: String(r.currency_code).toLowerCase(),
    countries: (r.countries ?? []).map((c) => String(c.iso_2).toLowerCase()),
  }))
}

/** The market of a currency and locale in this store (`chooseMarket` over its regions). */
export async function resolveMarket(container: MedusaContainer, currencyCode: string, locale?: string | null): Promise<Market> {
  return chooseMarket(await storeRegions(container), currencyCode, locale)
}

export type TaxableVariant = { id: string; product_id: string; product_type_id?: string | null; unit_price: number }

/**
 * Each variant's tax rate (a fraction) in a country, from Medusa's tax module as a cart shipped
 * there gets it (the sum of its tax lines: a country rate plus a province rate combine). One call
 * for all; a variant without tax lines is left out (rate 0).
 */
export async function loadTaxRates(
  container: MedusaContainer,
  countryCode: string,
  currencyCode: string,
  variants: TaxableVariant[]
): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  if (!variants.length) return out
  const lines = await container.resolve(Modules.TAX).getTaxLines(
    variants.map((v) => ({
      id: v.id,
      product_id: v.product_id,
      product_type_id: v.product_type_id ?? undefined,
      quantity: 1,
      unit_price: v.unit_price,
      currency_code: currencyCode.toLowerCase(),
    })),
    { address: { country_code: countryCode.toLowerCase() } }
  )
  for (const line of lines) {
    const id = "line_item_id" in line ? line.line_item_id : null
    if (id) out.set(id, (out.get(id) ?? 0) + Number(line.rate ?? 0) / 100)
  }
  return out
}
