import fc from "fast-check"
import { normalizeAddress, normalizeEmail } from "./email"

describe("normalizeEmail", () => {
  it.each([
    ["John.Doe+promo@GMail.com", "johndoe@gmail.com"],
    ["j.o.h.n@googlemail.com", "john@gmail.com"],
    ["john.doe+x@outlook.com", "john.doe@outlook.com"],
    ["  Jane@Example.COM ", "jane@example.com"],
    ["+tag@example.com", null],
    ["not-an-email", null],
    ["", null],
    [null, null],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeEmail(input as any)).toBe(expected)
  })

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (e) => {
        const once = normalizeEmail(e)
        expect(normalizeEmail(once)).toBe(once)
      })
    )
  })
})

describe("normalizeAddress", () => {
  it("ignores case, spaces and punctuation", () => {
    expect(normalizeAddress({ address_1: "12, Rue de la Paix", postal_code: "75002", city: "PARIS", country_code: "FR" })).toBe(
      normalizeAddress({ address_1: "12 rue de la paix", postal_code: "75 002", city: "Paris", country_code: "fr" })
    )
    expect(normalizeAddress({ address_1: "" })).toBeNull()
  })
})
