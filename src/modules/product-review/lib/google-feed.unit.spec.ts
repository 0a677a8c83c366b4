import { XMLParser } from "fast-xml-parser"
import { FEED_TAIL, feedHead, reviewXml, type FeedReview } from "./google-feed"

const review = (over: Partial<FeedReview> = {}): FeedReview => ({
  id: "prev_1",
  author_name: "Jo <K.>",
  created_at: "2024-03-15T10:00:00.000Z",
  title: "Nice & warm",
  body: "Soft.",
  rating: 1,
  review_url: "https://shop.example.com/products/scarf#review-prev_1",
  photos: ["https://cdn.example.com/r1.jpg"],
  product: { name: "Scarf", url: "https://shop.example.com/products/scarf", gtins: ["4006381333931"], mpns: ["M-1"], skus: ["SC-1", "variant_1"], brands: ["Acme"] },
  verified_purchase: true,
  incentivized: true,
  collection_method: "unsolicited",
  transaction_id: "order_1",
  ...over,
})

// The <review> children in the order of the 2.4 schema's sequence.
const REVIEW_ORDER = [
  "review_id", "reviewer", "review_timestamp", "title", "content", "pros", "cons", "review_url", "reviewer_images",
  "ratings", "products", "is_spam", "is_verified_purchase", "is_incentivized_review", "collection_method", "transaction_id",
]

describe("Google product reviews feed (2.4)", () => {
  const xml = feedHead({ name: "Acme", favicon: "https://shop.example.com/favicon.ico" }) + reviewXml(review()) + reviewXml(review({ id: "prev_2", author_name: null, photos: [], title: "", collection_method: null, transaction_id: null })) + FEED_TAIL
  const doc = new XMLParser({ ignoreAttributes: false, preserveOrder: false, isArray: (n) => ["review", "gtin", "sku", "reviewer_image"].includes(n) }).parse(xml)

  it("is well-formed, version 2.4, with the publisher", () => {
    expect(doc.feed.version).toBe(2.4)
    expect(doc.feed.publisher.name).toBe("Acme")
    expect(doc.feed["@_xsi:noNamespaceSchemaLocation"]).toContain("/2.4/product_reviews.xsd")
  })

  it("writes every element of a review, escaped, with identifiers and flags", () => {
    const r = doc.feed.reviews.review[0]
    expect(r.reviewer.name["#text"]).toBe("Jo <K.>")
    expect(r.reviewer.name["@_is_anonymous"]).toBe("false")
    expect(r.title).toBe("Nice & warm")
    expect(r.ratings.overall["#text"]).toBe(1)
    expect(r.ratings.overall["@_min"]).toBe("1")
    expect(r.products.product.product_ids.gtins.gtin).toEqual([4006381333931])
    expect(r.products.product.product_ids.skus.sku).toEqual(["SC-1", "variant_1"])
    expect(r.products.product.product_ids.brands.brand).toBe("Acme")
    expect(r.reviewer_images.reviewer_image[0].url).toBe("https://cdn.example.com/r1.jpg")
    expect(r.is_verified_purchase).toBe(true)
    expect(r.is_incentivized_review).toBe(true)
    expect(r.collection_method).toBe("unsolicited")
    expect(r.transaction_id).toBe("order_1")
  })

  it("marks a nameless reviewer anonymous and leaves out empty optional elements", () => {
    const r = doc.feed.reviews.review[1]
    expect(r.reviewer.name["@_is_anonymous"]).toBe("true")
    expect(r.title).toBeUndefined()
    expect(r.reviewer_images).toBeUndefined()
    expect(r.collection_method).toBeUndefined()
  })

  it("keeps the children of <review> in the schema's order", () => {
    const ordered = new XMLParser({ preserveOrder: true }).parse(reviewXml(review()))
    const names = ordered[0].review.map((c: Record<string, unknown>) => Object.keys(c)[0])
    const positions = names.map((n: string) => REVIEW_ORDER.indexOf(n))
    expect(positions.every((p: number) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })
})
