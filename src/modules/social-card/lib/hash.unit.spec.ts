import { cardHash, stableStringify } from "./hash"

describe("cardHash", () => {
  const base = {
    template: "1",
    fonts: "inter@0.4.2",
    format: "og",
    product: { id: "prod_1", title: "Hat", price: { current: "$10.00", original: null } },
    currency_code: "usd",
    locale: "en-US",
    brand: { name: "Acme", colors: { primary: "#000" }, logo: null },
    image: "abc",
  }

  it("is stable whatever the key order", () => {
    const { image, ...rest } = base
    const reordered = { image, ...rest, brand: { logo: null, colors: { primary: "#000" }, name: "Acme" } }
    expect(cardHash(reordered)).toBe(cardHash(base))
    expect(cardHash(base)).toMatch(/^[0-9a-f]{32}$/)
  })

  it.each([
    ["template", { template: "2" }],
    ["fonts", { fonts: "inter@0.5.0" }],
    ["format", { format: "pin" }],
    ["title", { product: { ...base.product, title: "Cap" } }],
    ["price", { product: { ...base.product, price: { current: "$9.00", original: "$10.00" } } }],
    ["currency", { currency_code: "eur" }],
    ["locale", { locale: "en-GB" }],
    ["brand colour", { brand: { ...base.brand, colors: { primary: "#111" } } }],
    ["logo", { brand: { ...base.brand, logo: "f00" } }],
    ["image bytes", { image: "abd" }],
  ])("changes when the %s changes", (_name, change) => {
    expect(cardHash({ ...base, ...change })).not.toBe(cardHash(base))
  })

  it("serialises dates and drops undefined", () => {
    expect(stableStringify({ b: undefined, a: new Date(0) })).toBe('{"a":"1970-01-01T00:00:00.000Z"}')
  })
})
