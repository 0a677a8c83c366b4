import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOCIAL_SETTINGS_MODULE } from "../modules/social-settings"
import type SocialSettingsModuleService from "../modules/social-settings/service"

/**
 * What the store offers, from Medusa's own store settings: its currencies (lower case, the
 * default first) and its locales (`supported_locales`, Medusa 2.12.3+, and the plugin's `locales`
 * option; canonical BCP 47).
 *
 * Share links and cards are made only for these: a locale or currency is part of a card's
 * content hash and of a share link's identity, so accepting any well-formed tag (`en-x-123`,
 * `en-x-124`, ...) would let a stranger make the server render and store without bound.
 */
export type StoreMarkets = {
  currencies: string[]
  default_currency: string
  locales: string[]
}

/** The locale a card or link has when none is asked for (or one the store does not offer). */
export const DEFAULT_LOCALE = "en"

const TTL_MS = 10_000
let cache: { value: StoreMarkets; expiresAt: number } | null = null

/** The store's currencies and locales, cached for ten seconds per process. */
export async function storeMarkets(scope: MedusaContainer): Promise<StoreMarkets> {
  if (cache && cache.expiresAt > Date.now()) {
    return cache.value
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "store",
    fields: ["supported_currencies.currency_code", "supported_currencies.is_default", "supported_locales.locale_code"],
    pagination: { take: 1 },
  })
  const store = (data[0] ?? {}) as {
    supported_currencies?: Array<{ currency_code: string; is_default: boolean }> | null
    supported_locales?: Array<{ locale_code: string }> | null
  }
  const extra = scope.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions().locales
  const list = store.supported_currencies ?? []
  const codes = list.map((c) => c.currency_code.toLowerCase())
  const def = (list.find((c) => c.is_default)?.currency_code ?? codes[0] ?? "usd").toLowerCase()
  const value: StoreMarkets = {
    currencies: codes.length ? [def, ...codes.filter((c) => c !== def)] : [def],
    default_currency: def,
    locales: [
      ...new Set(
        [...(store.supported_locales ?? []).map((l) => l.locale_code), ...extra]
          .map((l) => canonicalTag(l))
          .filter((l): l is string => !!l)
      ),
    ],
  }
  cache = { value, expiresAt: Date.now() + TTL_MS }
  return value
}

/** Forgets the cached markets (tests that change the store's currencies or locales). */
export function forgetStoreMarkets() {
  cache = null
}

/**
 * The canonical BCP 47 form of a tag ("fr_fr" and "FR-fr" are "fr-FR"), or null when it is not
 * a well-formed tag.
 */
export function canonicalTag(tag: string | null | undefined): string | null {
  if (!tag) {
    return null
  }
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, "-"))[0] ?? null
  } catch {
    return null
  }
}

/**
 * The store's own spelling of `asked` when the store offers that locale, else null. The default
 * locale (`en`) is always offered: it is what a request without a locale gets.
 */
export function offeredLocale(markets: StoreMarkets, asked: string | null | undefined): string | null {
  const tag = canonicalTag(asked)
  if (!tag) {
    return null
  }
  if (tag === DEFAULT_LOCALE) {
    return DEFAULT_LOCALE
  }
  return markets.locales.find((l) => l.toLowerCase() === tag.toLowerCase()) ?? null
}

/** `asked` (lower case) when the store sells in it, else null. */
export function offeredCurrency(markets: StoreMarkets, asked: string | null | undefined): string | null {
  const code = asked?.toLowerCase()
  return code && markets.currencies.includes(code) ? code : null
}
