import { formatAverage, formatDate, formatMoney, rewardValue } from "./money"

// Intl puts narrow no-break spaces in French amounts; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ")

describe("widget money and numbers", () => {
  it("formats amounts in the currency and the locale (amounts are in the main unit)", () => {
    expect(plain(formatMoney(12.5, "eur", "fr-FR"))).toBe("12,50 €")
    expect(formatMoney(12.5, "EUR", "en-IE")).toBe("€12.50")
    expect(formatMoney(1200, "jpy", "ja-JP")).toBe("￥1,200")
    expect(plain(formatMoney(1.234, "kwd", "en"))).toBe("KWD 1.234")
  })

  it("still shows an amount for a bad currency or locale", () => {
    expect(formatMoney(5, "eur", "xx-invalid-!!")).toBe("€5.00")
    expect(formatMoney(5, "NOPE", "en")).toMatch(/5/)
  })

  it("writes the average with one decimal in the locale", () => {
    expect(formatAverage(4.25, "en")).toBe("4.3")
    expect(formatAverage(4, "fr")).toBe("4,0")
  })

  it("writes dates in the locale and nothing for a bad date", () => {
    expect(formatDate("2026-12-05T10:00:00Z", "en-US")).toBe("Dec 5, 2026")
    expect(formatDate("not a date", "en")).toBe("")
    expect(formatDate(null, "en")).toBe("")
  })

  it("values a reward as a percentage, an amount or free shipping", () => {
    expect(rewardValue({ type: "percentage", value: 10, currency_code: null }, "fr")).toEqual({ kind: "percent", text: "10" })
    expect(plain(rewardValue({ type: "fixed", value: 5, currency_code: "eur" }, "fr-FR")!.text)).toBe("5,00 €")
    expect(rewardValue({ type: "free_shipping", value: null, currency_code: null }, "en")).toEqual({ kind: "free_shipping", text: "" })
    expect(rewardValue({ type: "fixed", value: 5, currency_code: null }, "en")).toBeNull()
  })
})
