/**
 * The canonical form of a locale as share links store it: "fr-FR", "zh-Hant", "es-419"; "" for
 * none. "fr_fr" and "FR-fr" are the same locale as "fr-FR", so they must give the same link.
 */
export function canonicalLocale(locale: string | null | undefined): string {
  if (!locale) {
    return ""
  }
  const [lang, ...rest] = locale.trim().split(/[-_]/)
  const parts = rest.map((p) => (/^[a-z]{4}$/i.test(p) ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p.toUpperCase()))
  return [lang.toLowerCase(), ...parts].filter(Boolean).join("-")
}

/**
 * The product URL template's `{locale}` (language) and `{country}` (region, lower case) of a
 * locale: "fr-BE" gives { locale: "fr", country: "be" }, as storefronts route "/be/...".
 */
export function localeParts(locale: string | null | undefined): { locale?: string; country?: string } {
  const canonical = canonicalLocale(locale)
  if (!canonical) {
    return {}
  }
  const [lang, ...rest] = canonical.split("-")
  const region = rest.find((p) => /^(?:[A-Z]{2}|\d{3})$/.test(p))
  return { locale: lang, country: region?.toLowerCase() }
}
