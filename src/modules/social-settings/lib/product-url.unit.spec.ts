import fc from "fast-check"
import { productUrlTemplateProblem, renderProductUrl } from "./product-url"

describe("product URL templates", () => {
  it("fills the storefront without a trailing slash and encodes every other value", () => {
    expect(
      renderProductUrl("{storefront}/{locale}/products/{handle}?id={id}", {
        storefront: "https://shop.example.com/",
        handle: "café crème/hoodie",
        id: "prod_1",
        locale: "fr",
      })
    ).toBe("https://shop.example.com/fr/products/caf%C3%A9%20cr%C3%A8me%2Fhoodie?id=prod_1")
  })

  it("drops the path segments of placeholders that have no value", () => {
    const template = "{storefront}/{country}/{locale}/products/{handle}?lang={locale}"
    const storefront = "https://shop.example.com/eu/"
    expect(renderProductUrl(template, { storefront, handle: "shoe", id: "p", locale: "fr", country: "be" })).toBe(
      "https://shop.example.com/eu/be/fr/products/shoe?lang=fr"
    )
    expect(renderProductUrl(template, { storefront, handle: "shoe", id: "p", locale: "de" })).toBe(
      "https://shop.example.com/eu/de/products/shoe?lang=de"
    )
    expect(renderProductUrl(template, { storefront, handle: "shoe", id: "p" })).toBe("https://shop.example.com/eu/products/shoe?lang=")
    expect(renderProductUrl("https://other.example/{locale}/p/{id}", { storefront, handle: "h", id: "prod_1" })).toBe(
      "https://other.example/p/prod_1"
    )
  })

  it.each([
    ["{storefront}/products/{handle}", null],
    ["https://other.example/p/{id}", null],
    ["{storefront}/products/static", "must contain {handle} or {id}"],
    ["{storefront}/p/{sku}", "unknown placeholder {sku}"],
    ["/products/{handle}", "must produce an absolute URL"],
    ["javascript:alert('{handle}')", "must produce an http(s) URL"],
  ])("%s → %s", (template, problem) => {
    const found = productUrlTemplateProblem(template, "https://shop.example.com")
    problem === null ? expect(found).toBeNull() : expect(found).toContain(problem)
  })

  it("never lets a handle change the URL's origin", () => {
    fc.assert(
      fc.property(fc.string(), (handle) => {
        const url = new URL(renderProductUrl("{storefront}/products/{handle}", { storefront: "https://shop.example.com", handle, id: "x" }))
        return url.origin === "https://shop.example.com"
      })
    )
  })
})
