import { XMLParser, XMLValidator } from "fast-xml-parser"
import { buildRss } from "./rss"

describe("buildRss", () => {
  it("writes valid RSS 2.0 with media:content and escapes hostile text", () => {
    const xml = buildRss({
      title: "Acme & Co",
      link: "https://shop.example",
      description: "New",
      selfUrl: "https://api.example/social/rss/products.xml",
      lastBuildDate: new Date("2026-01-01T00:00:00Z"),
      items: [
        {
          guid: "prod_1",
          title: `"><script>alert(1)</script>\u0001`,
          link: "https://shop.example/products/tee?utm_source=rss&utm_medium=social",
          description: "Soft",
          pubDate: new Date("2025-12-31T00:00:00Z"),
          price: "12.50 EUR",
          image: { url: "https://api.example/social/cards/prod_1/og.png", width: 1200, height: 630, type: "png" },
        },
      ],
    })
    expect(XMLValidator.validate(xml)).toBe(true)
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml)
    expect(doc.rss["@_version"]).toBe("2.0")
    const item = doc.rss.channel.item
    expect(item.title).toBe(`"><script>alert(1)</script>`)
    expect(item.link).toBe("https://shop.example/products/tee?utm_source=rss&utm_medium=social")
    expect(item["g:price"]).toBe("12.50 EUR")
    expect(item["media:content"]).toMatchObject({ "@_url": "https://api.example/social/cards/prod_1/og.png", "@_width": "1200", "@_height": "630" })
    expect(item.pubDate).toBe("Wed, 31 Dec 2025 00:00:00 GMT")
  })
})
