/**
 * Text shown on cards: every string goes through `cardText` so that what satori draws exists in
 * the shipped Inter font. Emoji and scripts Inter does not cover are dropped (never a tofu box);
 * accented Latin, Greek, Cyrillic and currency signs stay.
 */

// Ranges the Inter TTFs cover (checked against the font's cmap): Latin with its extensions and
// combining marks, Greek, Cyrillic, Vietnamese, general punctuation, currency signs, letterlike
// symbols, arrows and common maths.
const KEEP =
  /[\u0020-\u007E\u00A0-\u036F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF\u2000-\u200A\u2010-\u2027\u202F-\u205E\u20A0-\u20C0\u2100-\u214F\u2190-\u21FF\u2200-\u22FF]/u

/** Drops emoji and characters the font cannot draw, collapses whitespace, keeps NFC form. */
export function cardText(input: string | null | undefined): string {
  if (!input) {
    return ""
  }
  let out = ""
  // Iterate by code point: an emoji outside the BMP is two UTF-16 units.
  for (const ch of input.normalize("NFC")) {
    if (/[\t\n\r]/.test(ch)) {
      out += " "
    } else if (KEEP.test(ch)) {
      out += ch
    }
  }
  return out.replace(/\s+/g, " ").trim()
}

/**
 * Cuts a title to at most `max` characters at a word boundary and ends it with an ellipsis.
 * Satori wraps by itself; this keeps the wrapped text within the lines the template leaves for it.
 */
export function clampText(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) {
    return text
  }
  // Look one character further: a word that ends exactly at the limit is kept whole.
  const window = chars.slice(0, max).join("")
  const space = window.lastIndexOf(" ")
  // A break very early would waste most of the room: cut inside the word then.
  const head = space >= window.length * 0.6 ? window.slice(0, space) : chars.slice(0, Math.max(1, max - 1)).join("")
  return `${head.replace(/[\s,.;:–—-]+$/u, "")}…`
}

/**
 * Intl renders some currencies with U+202F (narrow no-break space) or U+00A0: keep them non-breaking
 * but as the one space Inter and satori handle alike.
 */
function tidy(s: string) {
  return s.replace(/[\u202F\u00A0]/g, "\u00A0")
}

export type PriceText = { current: string; original: string | null }

/**
 * The price as a shopper in `locale` reads it in `currency` (the currency's own decimals: JPY 0,
 * USD 2, KWD 3). `original` is set only when the product is on sale.
 */
export function priceText(
  price: { amount: number; original_amount: number; on_sale: boolean; currency_code: string } | null,
  locale: string
): PriceText | null {
  if (!price) {
    return null
  }
  const fmt = new Intl.NumberFormat(locale, { style: "currency", currency: price.currency_code.toUpperCase() })
  return {
    current: tidy(fmt.format(price.amount)),
    original: price.on_sale && price.original_amount > price.amount ? tidy(fmt.format(price.original_amount)) : null,
  }
}

/** The availability line in a few locales; English otherwise. */
export function availabilityText(availability: "in stock" | "out of stock", locale: string): string {
  const lang = locale.toLowerCase().split("-")[0]
  const words: Record<string, [string, string]> = {
    en: ["In stock", "Out of stock"],
    fr: ["En stock", "Épuisé"],
    de: ["Auf Lager", "Ausverkauft"],
    es: ["En stock", "Agotado"],
    it: ["Disponibile", "Esaurito"],
    nl: ["Op voorraad", "Uitverkocht"],
    pt: ["Em estoque", "Esgotado"],
  }
  const [yes, no] = words[lang] ?? words.en
  return availability === "in stock" ? yes : no
}

/** A locale Intl knows (canonical form), or null. */
export function canonicalLocale(locale: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale)
    return canonical && Intl.NumberFormat.supportedLocalesOf([canonical]).length ? canonical : null
  } catch {
    return null
  }
}
