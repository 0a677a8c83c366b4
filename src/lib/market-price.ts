import { roundMoney } from "../modules/social-catalog/lib/money"

/**
 * A variant's price, sale price and availability in one market, as the shopper there sees them:
 * the one rule the share card, the crawler page, the meta route, the share text, the RSS and the
 * catalog feeds all use, so that none of them shows a price the checkout then does not charge.
 * Pure: the caller brings Medusa's calculated price, the market's tax rate and the stock.
 */

/** The part of Medusa's `calculated_price` (pricing module `calculatePrices`) this rule reads. */
export type CalculatedPriceInput = {
  calculated_amount?: number | string | null
  original_amount?: number | string | null
  is_calculated_price_tax_inclusive?: boolean | null
  is_original_price_tax_inclusive?: boolean | null
  calculated_price?: { price_list_id?: string | null; price_list_type?: string | null } | null
}

export type PriceMarket = {
  /** ISO 4217, any case. */
  currency_code: string
  /**
   * Whether prices in this market are shown with tax included (true in most of the world, false
   * in the US and Canada: `pricesIncludeTax`). Null when the market's country is unknown: the
   * stored amounts are shown as they are.
   */
  prices_include_tax: boolean | null
}

export type VariantStockInput = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  /** Stock available to the market's sales channel; read only when the inventory is managed. */
  quantity?: number | null
}

export type MarketPrice = {
  /** Upper case ISO 4217. */
  currency_code: string
  /** What the shopper pays: the sale price when on sale, else the regular price. */
  amount: number
  /** The regular (reference) price: equal to `amount` when not on sale. */
  regular_amount: number
  /** The sale price, or null when not on sale. */
  sale_amount: number | null
  on_sale: boolean
  /** Whether `amount` includes the market's tax. */
  tax_included: boolean
  /** The price list the sale price comes from (for its dates), when there is one. */
  price_list_id: string | null
}

export type MarketAvailability = "in_stock" | "out_of_stock" | "backorder"

export type MarketOffer = {
  price: MarketPrice | null
  availability: MarketAvailability
  /** The managed stock behind `availability`; null when the inventory is not managed. */
  quantity: number | null
}

// Countries whose shops show prices without tax. Google: in the US and Canada prices exclude
// tax; everywhere else the price shown (and sent to the catalogs) includes it.
const TAX_EXCLUSIVE_COUNTRIES = new Set(["us", "ca"])

/** Whether a country's shoppers see prices with tax included (ISO 3166-1 alpha-2, any case). */
export function pricesIncludeTax(countryCode: string): boolean {
  return !TAX_EXCLUSIVE_COUNTRIES.has(countryCode.toLowerCase())
}

/**
 * One amount in the market's tax basis: a tax-exclusive amount gets the tax added where prices
 * include tax, a tax-inclusive one has it taken out where they do not; `rate` is a fraction (0.19).
 */
function inMarketBasis(amount: number, includesTax: boolean, market: PriceMarket, rate: number): number {
  if (market.prices_include_tax === true && !includesTax) return amount * (1 + rate)
  if (market.prices_include_tax === false && includesTax) return amount / (1 + rate)
  return amount
}

/**
 * The price of a variant in a market. `taxRate` is the variant's rate in the market's country (a
 * fraction, 0.19 for 19 %; 0 without tax regions), as Medusa's tax module gives it for a cart
 * shipped there; the amounts are rounded to the currency's decimals as the checkout shows them.
 *
 * The sale rule: a variant is on sale when its reference price (Medusa's `original_amount`: the
 * price without sale price lists, or the override list's price) is higher than the price paid
 * (`calculated_amount`), both in the market's tax basis and rounded. Medusa 2 only makes the
 * original higher when a sale price list applies, so this is "a sale list applies and is lower",
 * told from the amounts alone: an override list (a B2B price) is a price, not a sale, and a sale
 * list that does not beat the regular price shows no sale. Catalogs require the same
 * (`sale_price` below `price`).
 */
export function marketPrice(cp: CalculatedPriceInput | null | undefined, market: PriceMarket, taxRate = 0): MarketPrice | null {
  if (!cp || cp.calculated_amount === null || cp.calculated_amount === undefined || cp.calculated_amount === "") {
    return null
  }
  const currency = market.currency_code.toUpperCase()
  const rate = Number.isFinite(taxRate) && taxRate > 0 ? taxRate : 0
  const paidIncludesTax = !!cp.is_calculated_price_tax_inclusive
  const paid = roundMoney(inMarketBasis(Number(cp.calculated_amount), paidIncludesTax, market, rate), currency)
  const hasOriginal = cp.original_amount !== null && cp.original_amount !== undefined && cp.original_amount !== ""
  const regular = hasOriginal
    ? roundMoney(inMarketBasis(Number(cp.original_amount), !!cp.is_original_price_tax_inclusive, market, rate), currency)
    : paid
  const onSale = regular > paid
  return {
    currency_code: currency,
    amount: paid,
    regular_amount: onSale ? regular : paid,
    sale_amount: onSale ? paid : null,
    on_sale: onSale,
    tax_included: market.prices_include_tax ?? paidIncludesTax,
    price_list_id: onSale ? (cp.calculated_price?.price_list_id ?? null) : null,
  }
}

/**
 * Whether a variant can be bought: without managed inventory always; with it, in stock while
 * stock is left, then on backorder when the variant allows it, else out of stock.
 */
export function marketAvailability(stock: VariantStockInput): { availability: MarketAvailability; quantity: number | null } {
  if (!stock.manage_inventory) {
    return { availability: "in_stock", quantity: null }
  }
  const quantity = Number(stock.quantity ?? 0)
  return { availability: quantity > 0 ? "in_stock" : stock.allow_backorder ? "backorder" : "out_of_stock", quantity }
}

/** A variant's price and availability in a market (`marketPrice` and `marketAvailability`). */
export function marketOffer(
  variant: VariantStockInput & { calculated_price?: CalculatedPriceInput | null },
  market: PriceMarket,
  taxRate = 0
): MarketOffer {
  return { price: marketPrice(variant.calculated_price, market, taxRate), ...marketAvailability(variant) }
}
