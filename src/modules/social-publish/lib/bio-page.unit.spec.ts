import { bioCards, bioEtag, bioPageHtml, cardCaption } from "./bio-page"

const at = new Date("2026-05-01T10:00:00Z")
const data = (over: Partial<{ text: string; updated_at: Date }> = {}) => ({
  account: { id: "spac_1", name: "Acme <IG>", network: "instagram", external_id: "1784", updated_at: at },
  posts: [
    { id: "spst_1", product_id: "prod_1", variant_id: null, link_url: null, text: over.text ?? "Tee <script>alert(1)</script> #new", title: null, locale: "fr-FR", currency_code: "eur", share_code: "Ab12Cd34Ef", permalink: null, published_at: at, updated_at: over.updated_at ?? at },
    { id: "spst_2", product_id: null, variant_id: null, link_url: "https://shop.example/sale?utm_source=instagram", text: "Sale https://shop.example/sale", title: null, locale: "", currency_code: "", share_code: null, permalink: null, published_at: at, updated_at: at },
    { id: "spst_3", product_id: null, variant_id: null, link_url: null, text: "no link", title: null, locale: "", currency_code: "", share_code: null, permalink: null, published_at: at, updated_at: at },
  ],
})

describe("link-in-bio page", () => {
  it("shows each post's card and tracked link, escaped, and leaves out what cannot link", () => {
    const cards = bioCards(data(), "https://api.example.com")
    expect(cards.map((c) => c.link)).toEqual(["https://api.example.com/s/Ab12Cd34Ef", "https://shop.example/sale?utm_source=instagram"])
    expect(cards[0].image_url).toBe("https://api.example.com/social/cards/prod_1/square.png?currency_code=eur&locale=fr-FR")
    expect(cards[1]).toMatchObject({ image_url: null, text: "Sale" })
    const html = bioPageHtml({ account: { name: "Acme <IG>" }, shop: "Acme & Co", storefrontUrl: "https://shop.example", cards })
    expect(html).not.toContain("<script>")
    expect(html).toContain("Tee &lt;script&gt;alert(1)&lt;/script&gt; #new")
    expect(html).toContain("<h1>Acme &lt;IG&gt;</h1>")
    expect(html).toContain('<a href="https://shop.example/sale?utm_source=instagram" rel="noopener">')
  })

  it("cuts long captions at a word", () => {
    expect(cardCaption({ text: "word ".repeat(50), title: null }, 20)).toBe("word word word word…")
  })

  it("changes its ETag when a post on it changes, and only then", () => {
    expect(bioEtag(data(), "Acme")).toBe(bioEtag(data(), "Acme"))
    expect(bioEtag(data({ updated_at: new Date(at.getTime() + 1000) }), "Acme")).not.toBe(bioEtag(data(), "Acme"))
    expect(bioEtag(data(), "Other shop")).not.toBe(bioEtag(data(), "Acme"))
  })
})
