import { marketAvailability, marketOffer, marketPrice, pricesIncludeTax } from "./market-price"

const DE = { currency_code: "eur", prices_include_tax: true }
const US = { currency_code: "usd", prices_include_tax: false }
const UNKNOWN = { currency_code: "eur", prices_include_tax: null }

/** A calculated price as Medusa's pricing module returns it. */
const cp = (over: Record<string, unknown> = {}) => ({
  calculated_amount: 151.2,
  original_amount: 151.2,
  is_calculated_price_tax_inclusive: false,
  is_original_price_tax_inclusive: false,
  calculated_price: { price_list_id: null, price_list_type: null },
  ...over,
})

describe("marketPrice", () => {
  it("adds the market's tax to a net price where prices include tax (what a German checkout charges)", () => {
    expect(marketPrice(cp(), DE, 0.19)).toEqual({
      currency_code: "EUR",
      amount: 179.93,
      regular_amount: 179.93,
      sale_amount: null,
      on_sale: false,
      tax_included: true,
      price_list_id: null,
    })
  })

  it("takes the tax out of a gross price where prices exclude tax, and leaves a matching basis alone", () => {
    expect(marketPrice(cp({ calculated_amount: 108, original_amount: 108, is_calculated_price_tax_inclusive: true, is_original_price_tax_inclusive: true }), US, 0.08)).toMatchObject({
      amount: 100,
      tax_included: false,
    })
    expect(marketPrice(cp({ calculated_amount: 14 }), US, 0.08)).toMatchObject({ amount: 14, tax_included: false })
    expect(marketPrice(cp({ calculated_amount: 119, is_calculated_price_tax_inclusive: true, original_amount: 119, is_original_price_tax_inclusive: true }), DE, 0.19)).toMatchObject({ amount: 119 })
  })

  it("shows stored amounts as they are when the market's country is unknown", () => {
    expect(marketPrice(cp({ calculated_amount: 12.5, original_amount: 12.5 }), UNKNOWN, 0.19)).toMatchObject({ amount: 12.5, tax_included: false })
    expect(marketPrice(cp({ calculated_amount: 12.5, original_amount: 12.5, is_calculated_price_tax_inclusive: true }), UNKNOWN)).toMatchObject({ tax_included: true })
  })

  it("is on sale when the reference price is higher than the price paid, both with the market's tax", () => {
    const sale = cp({ calculated_amount: 151.2, original_amount: 189, calculated_price: { price_list_id: "plist_1", price_list_type: "sale" } })
    expect(marketPrice(sale, DE, 0.19)).toEqual({
      currency_code: "EUR",
      amount: 179.93,
      regular_amount: 224.91,
      sale_amount: 179.93,
      on_sale: true,
      tax_included: true,
      price_list_id: "plist_1",
    })
    // An override list (Medusa then reports the list's price as the original too) is no sale.
    const override = cp({ calculated_amount: 90, original_amount: 90, calculated_price: { price_list_id: "plist_b2b", price_list_type: "override" } })
    expect(marketPrice(override, DE, 0.19)).toMatchObject({ on_sale: false, sale_amount: null, price_list_id: null })
    // A gross original and a net sale price equal once both carry the tax: no sale.
    const same = cp({ calculated_amount: 100, original_amount: 119, is_original_price_tax_inclusive: true })
    expect(marketPrice(same, DE, 0.19)).toMatchObject({ amount: 119, on_sale: false })
  })

  it("rounds at the currency's decimals, half away from zero", () => {
    expect(marketPrice(cp({ calculated_amount: 1000, original_amount: 1000 }), { currency_code: "jpy", prices_include_tax: true }, 0.1)).toMatchObject({ amount: 1100, currency_code: "JPY" })
    expect(marketPrice(cp({ calculated_amount: 1.005, original_amount: 1.005 }), US)).toMatchObject({ amount: 1.01 })
  })

  it("has no price without a calculated amount, and treats a missing original as the price paid", () => {
    expect(marketPrice(null, DE, 0.19)).toBeNull()
    expect(marketPrice(cp({ calculated_amount: null }), DE, 0.19)).toBeNull()
    expect(marketPrice(cp({ original_amount: null }), DE, 0.19)).toMatchObject({ amount: 179.93, regular_amount: 179.93, on_sale: false })
  })
})

describe("marketAvailability", () => {
  it("is in stock without managed inventory, else by the stock left, backorder when allowed", () => {
    expect(marketAvailability({ manage_inventory: false, quantity: 0 })).toEqual({ availability: "in_stock", quantity: null })
    expect(marketAvailability({ manage_inventory: true, quantity: 3 })).toEqual({ availability: "in_stock", quantity: 3 })
    expect(marketAvailability({ manage_inventory: true, quantity: 0 })).toEqual({ availability: "out_of_stock", quantity: 0 })
    expect(marketAvailability({ manage_inventory: true, quantity: null, allow_backorder: true })).toEqual({ availability: "backorder", quantity: 0 })
  })
})

describe("marketOffer", () => {
  it("gives price and availability together", () => {
    expect(marketOffer({ calculated_price: cp(), manage_inventory: true, quantity: 2 }, DE, 0.19)).toMatchObject({
      price: { amount: 179.93 },
      availability: "in_stock",
      quantity: 2,
    })
  })
})

describe("pricesIncludeTax", () => {
  it("is false in the US and Canada only", () => {
    expect([pricesIncludeTax("US"), pricesIncludeTax("ca"), pricesIncludeTax("de"), pricesIncludeTax("JP")]).toEqual([false, false, true, true])
  })
})
