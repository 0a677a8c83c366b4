/**
 * Prices as the platforms want them: ISO 4217 code, "." as the decimal separator, no thousands
 * separator, and the currency's own number of decimals (JPY 0, USD 2, KWD 3) - PLATFORMS.md.
 */

const decimalsCache = new Map<string, number>()

/** The currency's minor-unit digits, from ICU (Node ships full ICU); 2 for an unknown code. */
export function currencyDecimals(currencyCode: string): number {
  const code = currencyCode.toUpperCase()
  let digits = decimalsCache.get(code)
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions()
        .maximumFractionDigits as number
    } catch {
      digits = 2
    }
    decimalsCache.set(code, digits)
  }
  return digits
}

/** "15.00" for 15 USD, "1500" for 1500 JPY. */
export function formatAmount(amount: number, currencyCode: string): string {
  return amount.toFixed(currencyDecimals(currencyCode))
}

/** "15.00 USD": the feed-style price Meta, Pinterest and TikTok's feeds use. */
export function formatPrice(amount: number, currencyCode: string): string {
  return `${formatAmount(amount, currencyCode)} ${currencyCode.toUpperCase()}`
}

/** Google's Price.amountMicros: an int64 as a string, 1 unit = 1,000,000 micros. */
export function toMicros(amount: number, currencyCode: string): string {
  const rounded = Number(formatAmount(amount, currencyCode))
  return String(Math.round(rounded * 1_000_000))
}
