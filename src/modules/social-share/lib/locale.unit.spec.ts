import { canonicalLocale, localeParts } from "./locale"

describe("share link locales", () => {
  it.each([
    ["fr-FR", "fr-FR"],
    ["fr_fr", "fr-FR"],
    ["FR-fr", "fr-FR"],
    ["de", "de"],
    ["zh-hant", "zh-Hant"],
    ["es-419", "es-419"],
    ["", ""],
    [undefined, ""],
  ])("canonicalLocale(%j) is %j", (input, expected) => {
    expect(canonicalLocale(input)).toBe(expected)
  })

  it("splits a locale into the template's language and country", () => {
    expect(localeParts("fr-BE")).toEqual({ locale: "fr", country: "be" })
    expect(localeParts("fr_be")).toEqual({ locale: "fr", country: "be" })
    expect(localeParts("de")).toEqual({ locale: "de", country: undefined })
    expect(localeParts("zh-Hant")).toEqual({ locale: "zh", country: undefined })
    expect(localeParts("")).toEqual({})
  })
})
