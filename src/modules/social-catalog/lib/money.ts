/**
 * Money as the platforms want it: an amount in the currency's main unit, written with exactly the
 * currency's minor-unit digits (ISO 4217) and the ISO code: `15.00 USD`, `1500 JPY`, `1.250 KWD`.
 */

// ISO 4217 currencies whose minor unit is not 2 digits. Everything else has 2.
const ZERO_DECIMALS = new Set([
  "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV",
  "XAF", "XOF", "XPF",
])
const THREE_DECIMALS = new Set(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"])
const FOUR_DECIMALS = new Set(["CLF", "UYW"])

/** The number of minor-unit digits of an ISO 4217 currency (JPY 0, USD 2, KWD 3). */
export function currencyDecimals(currencyCode: string): number {
  const code = currencyCode.toUpperCase()
  if (ZERO_DECIMALS.has(code)) return 0
  if (THREE_DECIMALS.has(code)) return 3
  if (FOUR_DECIMALS.has(code)) return 4
  return 2
}

/**
 * Rounds half away from zero at the currency's precision. The shifted value is cut to 15
 * significant digits first, so that 1.005 (stored as 1.00499999...) rounds to 1.01 as a shopper
 * expects, not to 1.00.
 */
export function roundMoney(amount: number, currencyCode: string): number {
  const d = currencyDecimals(currencyCode)
  const sign = amount < 0 ? -1 : 1
  const shifted = Number((Math.abs(amount) * 10 ** d).toPrecision(15))
  return (sign * Math.round(shifted)) / 10 ** d
}

/** `15.00` for (15, "usd"), `1500` for (1500, "JPY"). */
export function formatAmount(amount: number, currencyCode: string): string {
  return roundMoney(amount, currencyCode).toFixed(currencyDecimals(currencyCode))
}

/** `15.00 USD`: the price format Google, Meta and TikTok feeds use. */
export function formatPrice(amount: number, currencyCode: string): string {
  return `${formatAmount(amount, currencyCode)} ${currencyCode.toUpperCase()}`
}
