/** The number of decimals of an ISO 4217 currency (JPY 0, EUR 2, KWD 3). */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/** "12.50": a plain amount with the currency's decimals, "." separator, no grouping (OG, feeds). */
export function plainAmount(amount: number, currency: string): string {
  return amount.toFixed(currencyDecimals(currency))
}

/** "12,50 €" for people, in their locale; falls back to English for an unknown locale. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  const options = { style: "currency", currency } as const
  try {
    return new Intl.NumberFormat(locale || "en", options).format(amount)
  } catch {
    return new Intl.NumberFormat("en", options).format(amount)
  }
}
