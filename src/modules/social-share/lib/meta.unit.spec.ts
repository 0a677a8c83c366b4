import type { ProductDisplay } from "../../../lib/product-display"
import { buildProductMeta, ogLocale, plainText } from "./meta"
import { crawlerPage, escapeHtml, jsonForScript } from "./html"

export const sampleDisplay = (over: Partial<ProductDisplay> = {}): ProductDisplay => ({
  id: "prod_1",
  handle: "tee",
  title: "Tee",
  subtitle: null,
  description: "<p>Soft   cotton</p>",
  status: "published",
  thumbnail: null,
  images: ["https://cdn.example/tee.jpg", "/static/local.jpg"],
  collection: null,
  categories: [],
  tags: [],
  variant: { id: "variant_1", title: "S", sku: "TEE-S", barcode: "4006381333931", options: {} },
  price: { currency_code: "JPY", amount: 1500, original_amount: 1500, on_sale: false, tax_included: true },
  availability: "in stock",
  created_at: new Date(0),
  updated_at: new Date(0),
  ...over,
})

const base = {
  canonicalUrl: "https://shop.example/products/tee",
  image: { url: "https://api.example/social/cards/prod_1/og.png", width: 1200, height: 630, type: "png" },
  siteName: "Acme",
  brandName: "Acme",
}

const content = (tags: any[], key: string) => tags.find((t) => t.property === key || t.name === key)?.content

describe("buildProductMeta", () => {
  it("gives the Open Graph, product and X tags with absolute image and its size", () => {
    const meta = buildProductMeta({ ...base, product: sampleDisplay(), locale: "fr-fr", twitterSite: "acme" })
    expect(content(meta.tags, "og:type")).toBe("product")
    expect(content(meta.tags, "og:image")).toBe(base.image.url)
    expect(content(meta.tags, "og:image:secure_url")).toBe(base.image.url)
    expect(content(meta.tags, "og:image:width")).toBe("1200")
    expect(content(meta.tags, "og:image:height")).toBe("630")
    expect(content(meta.tags, "og:image:type")).toBe("image/png")
    expect(content(meta.tags, "og:locale")).toBe("fr_FR")
    expect(content(meta.tags, "og:description")).toBe("Soft cotton")
    expect(content(meta.tags, "product:price:amount")).toBe("1500")
    expect(content(meta.tags, "product:price:currency")).toBe("JPY")
    expect(content(meta.tags, "product:availability")).toBe("in stock")
    expect(content(meta.tags, "product:retailer_item_id")).toBe("variant_1")
    expect(content(meta.tags, "product:item_group_id")).toBe("prod_1")
    expect(content(meta.tags, "twitter:card")).toBe("summary_large_image")
    expect(content(meta.tags, "twitter:site")).toBe("@acme")
    expect(content(meta.tags, "twitter:image")).toBe(base.image.url)
  })

  it("gives a schema.org Product with offer, GTIN, and no aggregateRating without reviews", () => {
    const meta = buildProductMeta({ ...base, product: sampleDisplay() })
    expect(meta.json_ld).toMatchObject({
      "@type": "Product",
      name: "Tee",
      sku: "TEE-S",
      gtin: "4006381333931",
      image: [base.image.url, "https://cdn.example/tee.jpg"],
      offers: { price: "1500", priceCurrency: "JPY", availability: "https://schema.org/InStock" },
    })
    expect(meta.json_ld.aggregateRating).toBeUndefined()
    expect(buildProductMeta({ ...base, product: sampleDisplay(), reviews: { average: 0, count: 0 } }).json_ld.aggregateRating).toBeUndefined()
    expect(buildProductMeta({ ...base, product: sampleDisplay(), reviews: { average: 4.26, count: 12 } }).json_ld.aggregateRating).toMatchObject({
      ratingValue: 4.3,
      reviewCount: 12,
    })
  })

  it("leaves the price out when the variant has none, and EUR keeps two decimals", () => {
    const none = buildProductMeta({ ...base, product: sampleDisplay({ price: null }) })
    expect(content(none.tags, "product:price:amount")).toBeUndefined()
    expect(none.json_ld.offers).toBeUndefined()
    const eur = buildProductMeta({
      ...base,
      product: sampleDisplay({ price: { currency_code: "EUR", amount: 12.5, original_amount: 12.5, on_sale: false, tax_included: true } }),
    })
    expect(content(eur.tags, "product:price:amount")).toBe("12.50")
  })

  it("normalises locales and text", () => {
    expect(ogLocale()).toBe("en_US")
    expect(ogLocale("de")).toBe("de")
    expect(ogLocale("pt_br")).toBe("pt_BR")
    expect(plainText("a".repeat(400), 10)).toHaveLength(10)
  })
})

describe("crawlerPage", () => {
  it("escapes every value: a hostile title comes out inert", () => {
    const title = `"><script>alert(1)</script>`
    const meta = buildProductMeta({ ...base, product: sampleDisplay({ title, description: `</script><img src=x onerror=alert(2)>` }) })
    const html = crawlerPage(meta)
    expect(html).not.toContain("<script>alert")
    expect(html).not.toContain("<img")
    expect(html).toContain("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
    // Exactly one script element: the JSON-LD, and nothing closes it early.
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    const json = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
    expect(JSON.parse(json).name).toBe(title)
  })

  it("escapes quotes and ampersands", () => {
    expect(escapeHtml(`a&b"c'd<e>`)).toBe("a&amp;b&quot;c&#39;d&lt;e&gt;")
    expect(jsonForScript({ a: "</script>" })).toBe('{"a":"\\u003c/script\\u003e"}')
  })
})
