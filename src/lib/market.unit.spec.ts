import { chooseMarket, localeCountry } from "./market"

const REGIONS = [
  { id: "reg_eu", currency_code: "eur", countries: ["nl", "fr", "de"] },
  { id: "reg_us", currency_code: "usd", countries: ["us"] },
  { id: "reg_eu2", currency_code: "eur", countries: ["at"] },
]

describe("localeCountry", () => {
  it("is the locale's region, else its language's likely one", () => {
    expect([localeCountry("de-DE"), localeCountry("fr_BE"), localeCountry("fr"), localeCountry("en"), localeCountry(""), localeCountry("??")]).toEqual([
      "de",
      "be",
      "fr",
      "us",
      null,
      null,
    ])
  })
})

describe("chooseMarket", () => {
  it("takes the locale's country when a region of the currency holds it", () => {
    expect(chooseMarket(REGIONS, "EUR", "de-DE")).toEqual({ currency_code: "eur", region_id: "reg_eu", country_code: "de", prices_include_tax: true })
    expect(chooseMarket(REGIONS, "eur", "de-AT")).toMatchObject({ region_id: "reg_eu2", country_code: "at" })
    expect(chooseMarket(REGIONS, "usd", "en-US")).toEqual({ currency_code: "usd", region_id: "reg_us", country_code: "us", prices_include_tax: false })
  })

  it("falls back to the currency's default region (the first), with its first country alphabetically", () => {
    expect(chooseMarket(REGIONS, "eur")).toEqual({ currency_code: "eur", region_id: "reg_eu", country_code: "de", prices_include_tax: true })
    // An English link in EUR: the US is no EUR country.
    expect(chooseMarket(REGIONS, "eur", "en")).toMatchObject({ region_id: "reg_eu", country_code: "de" })
    expect(chooseMarket(REGIONS, "usd", "fr-FR")).toMatchObject({ region_id: "reg_us", country_code: "us", prices_include_tax: false })
  })

  it("without a region in the currency, only an explicit locale region decides the tax", () => {
    expect(chooseMarket(REGIONS, "jpy", "ja-JP")).toEqual({ currency_code: "jpy", region_id: null, country_code: "jp", prices_include_tax: true })
    expect(chooseMarket(REGIONS, "jpy", "ja")).toEqual({ currency_code: "jpy", region_id: null, country_code: null, prices_include_tax: null })
    expect(chooseMarket([], "eur")).toEqual({ currency_code: "eur", region_id: null, country_code: null, prices_include_tax: null })
  })
})
