import fc from "fast-check"
import { availabilityText, canonicalLocale, cardText, clampText, priceText } from "./text"

describe("cardText", () => {
  it("keeps accented Latin and currency signs", () => {
    expect(cardText("Crème brûlée — 12 € / £5 / ¥100 Ærøskøbing Łódź")).toBe("Crème brûlée — 12 € / £5 / ¥100 Ærøskøbing Łódź")
  })

  it("drops emoji (with joiners and skin tones) and collapses the space they leave", () => {
    expect(cardText("Sun 🌞 hat 👩🏽‍🚀 ❤️ deluxe 🇫🇷")).toBe("Sun hat deluxe")
  })

  it("drops scripts the font cannot draw rather than drawing boxes", () => {
    expect(cardText("Tee 東京 shirt")).toBe("Tee shirt")
  })

  it("never returns a character outside the font's ranges", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const out = cardText(s)
        for (const ch of out) {
          expect(ch.codePointAt(0)!).toBeLessThan(0x2300)
        }
        expect(out).toBe(out.trim())
      })
    )
  })
})

describe("clampText", () => {
  it("leaves short text alone", () => {
    expect(clampText("Short title", 20)).toBe("Short title")
  })

  it("cuts at a word boundary and adds an ellipsis", () => {
    expect(clampText("The quick brown fox jumps over the lazy dog", 20)).toBe("The quick brown fox…")
  })

  it("never exceeds the limit (counted in code points)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 2, max: 80 }), (s, max) => {
        expect([...clampText(s, max)].length).toBeLessThanOrEqual(max)
      })
    )
  })
})

describe("priceText", () => {
  const p = (amount: number, original: number, currency_code: string) => ({
    amount,
    original_amount: original,
    on_sale: original > amount,
    currency_code,
  })

  it("formats for the locale and currency with the currency's decimals", () => {
    expect(priceText(p(1234.5, 1234.5, "eur"), "de-DE")).toEqual({ current: "1.234,50\u00A0€", original: null })
    expect(priceText(p(1234.5, 1234.5, "usd"), "en-US")).toEqual({ current: "$1,234.50", original: null })
    expect(priceText(p(1200, 1200, "jpy"), "ja-JP")!.current).toMatch(/^[¥￥]1,200$/)
    expect(priceText(p(9.99, 9.99, "gbp"), "en-GB")!.current).toBe("£9.99")
    expect(priceText(p(1.5, 1.5, "kwd"), "en-US")!.current).toMatch(/1\.500$/)
  })

  it("shows the original price when on sale", () => {
    expect(priceText(p(80, 100, "usd"), "en-US")).toEqual({ current: "$80.00", original: "$100.00" })
  })

  it("is null without a price", () => {
    expect(priceText(null, "en")).toBeNull()
  })
})

describe("locales and availability", () => {
  it("canonicalises known locales and refuses nonsense", () => {
    expect(canonicalLocale("fr-fr")).toBe("fr-FR")
    expect(canonicalLocale("en")).toBe("en")
    expect(canonicalLocale("not a locale")).toBeNull()
    expect(canonicalLocale("")).toBeNull()
  })

  it("words availability in the locale's language", () => {
    expect(availabilityText("in stock", "de-DE")).toBe("Auf Lager")
    expect(availabilityText("out of stock", "fr")).toBe("Épuisé")
    expect(availabilityText("in stock", "sv-SE")).toBe("In stock")
  })
})
