/**
 * Money and numbers for people, through Intl: "12,50 €" in fr-FR, "€12.50" in en-IE. Medusa 2
 * amounts are in the currency's main unit (12.5 is 12.50), so nothing is divided here.
 */
// Intl formatters are slow to make and a page formats many values: one per locale and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined
  if (!f) formatters.set(key, (f = make()))
  return f
}

export function formatMoney(amount: number, currency: string, locale: string): string {
  const options = { style: "currency", currency: currency.toUpperCase() } as const
  try {
    return cached(`m|${locale}|${options.currency}`, () => new Intl.NumberFormat(locale, options)).format(amount)
  } catch {
    try {
      return cached(`m|en|${options.currency}`, () => new Intl.NumberFormat("en", options)).format(amount)
    } catch {
      return `${amount} ${currency.toUpperCase()}`
    }
  }
}

/** 4.25 → "4.3" (en) / "4,3" (fr): one decimal for an average rating. */
export function formatAverage(average: number, locale: string): string {
  return cached(`a|${locale}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(average)
}

/** A date the way the locale writes it ("5 déc. 2026"); "" for a missing or bad date. */
export function formatDate(value: string | Date | null | undefined, locale: string): string {
  if (!value) return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric" })).format(date)
}

/** What a reward is worth: "10 % de remise" needs the words, so only the value is formatted here. */
export function rewardValue(
  reward: { type?: string | null; value?: number | null; currency_code?: string | null },
  locale: string
): { kind: "percent" | "amount" | "free_shipping"; text: string } | null {
  if (reward.type === "free_shipping") return { kind: "free_shipping", text: "" }
  if (reward.value == null) return null
  if (reward.type === "percentage") {
    return { kind: "percent", text: cached(`p|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(reward.value) }
  }
  if (!reward.currency_code) return null
  return { kind: "amount", text: formatMoney(reward.value, reward.currency_code, locale) }
}
