import fc from "fast-check"
import { buildShareRedirect } from "./redirect"

const base = {
  storefrontUrl: "https://shop.example",
  productUrlTemplate: "{storefront}/products/{handle}",
  allowedOrigins: ["https://shop.example"],
  product: { id: "prod_1", handle: "tee" },
  network: "x",
  code: "AbCdEfGh12",
}

describe("buildShareRedirect", () => {
  it("sends to the product page with UTM parameters and the share code", () => {
    const url = new URL(buildShareRedirect(base)!)
    expect(url.origin + url.pathname).toBe("https://shop.example/products/tee")
    expect(Object.fromEntries(url.searchParams)).toEqual({
      utm_source: "x",
      utm_medium: "social",
      utm_campaign: "share",
      utm_content: "tee",
      sc: "AbCdEfGh12",
    })
  })

  it("refuses a template that leaves the allowed origins", () => {
    expect(buildShareRedirect({ ...base, productUrlTemplate: "https://evil.example/{handle}" })).toBeNull()
    expect(buildShareRedirect({ ...base, productUrlTemplate: "https://user@shop.example/{handle}" })).toBeNull()
    expect(buildShareRedirect({ ...base, allowedOrigins: [] })).toBeNull()
    expect(
      buildShareRedirect({ ...base, productUrlTemplate: "https://m.shop.example/p/{id}", allowedOrigins: ["https://m.shop.example/"] })
    ).toMatch(/^https:\/\/m\.shop\.example\/p\/prod_1\?/)
  })

  it("keeps any handle inside the storefront origin and path", () => {
    fc.assert(
      fc.property(fc.string(), (handle) => {
        const target = buildShareRedirect({ ...base, product: { id: "p", handle } })
        expect(target).not.toBeNull()
        const url = new URL(target!)
        expect(url.origin).toBe("https://shop.example")
        expect(url.pathname.startsWith("/products/")).toBe(true)
        expect(url.searchParams.get("utm_content")).toBe(handle)
        expect(url.searchParams.getAll("sc")).toEqual(["AbCdEfGh12"])
      })
    )
  })
})
