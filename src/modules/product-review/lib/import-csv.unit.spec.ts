import { detectFormat, mapRecord, missingColumns, normalizeHeader, parseReviewDate, splitUrls } from "./import-csv"

const limits = { titleMaxLength: 120, bodyMaxLength: 5000, maxPhotos: 5, now: new Date("2026-01-01T00:00:00Z") }
const norm = (rec: Record<string, string>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [normalizeHeader(k), v]))

describe("reviews CSV mapping", () => {
  it("recognises Judge.me's and Yotpo's exports by their headers", () => {
    expect(detectFormat(["title", "body", "rating", "review_date", "reviewer_name", "reviewer_email", "product_handle", "picture_urls"])).toBe("judgeme")
    expect(detectFormat(["Review ID", "Review Title", "Review Content", "Review Score", "Date", "Product ID", "Display Name", "Email"])).toBe("yotpo")
    expect(detectFormat(["import_key", "product_handle", "rating", "title", "body", "created_at"])).toBe("generic")
  })

  it("maps a Judge.me row: handle, author, original date, photos, reply; keyed by content", () => {
    const rec = norm({
      title: "Lovely",
      body: "Soft and warm.",
      rating: "5",
      review_date: "2023-04-01 10:20:30 UTC",
      reviewer_name: "Jo K.",
      reviewer_email: "JO@example.com",
      product_handle: "wool-scarf",
      picture_urls: "https://judgeme.imgix.net/a.jpg,https://judgeme.imgix.net/b.jpg",
      reply: "Thank you!",
      curated: "ok",
    })
    const { row } = mapRecord("judgeme", rec, 1, limits)
    expect(row).toMatchObject({
      source: "judgeme",
      product: { id: null, handle: "wool-scarf", sku: null },
      rating: 5,
      title: "Lovely",
      author_name: "Jo K.",
      author_email: "jo@example.com",
      photo_urls: ["https://judgeme.imgix.net/a.jpg", "https://judgeme.imgix.net/b.jpg"],
      reply: "Thank you!",
      published: true,
    })
    expect(row!.created_at.toISOString()).toBe("2023-04-01T10:20:30.000Z")
    // The same row keys the same; a different body keys differently.
    expect(mapRecord("judgeme", rec, 9, limits).row!.import_key).toBe(row!.import_key)
    expect(mapRecord("judgeme", { ...rec, body: "Other" }, 1, limits).row!.import_key).not.toBe(row!.import_key)
    expect(row!.import_key).toMatch(/^judgeme:h:/)
  })

  it("maps a Yotpo export row (Title Case headers) keyed by its review id; unpublished waits", () => {
    const rec = norm({
      "Review ID": "998877",
      "Review Title": "",
      "Review Content": "Runs small, order a size up.",
      "Review Score": "2",
      Date: "03/15/2024",
      "Product ID": "SCARF-RED",
      "Display Name": "Sam",
      Email: "sam@example.com",
      Published: "false",
      "Comment Content": "Sorry to hear that.",
    })
    const { row } = mapRecord("yotpo", rec, 1, limits)
    expect(row).toMatchObject({ import_key: "yotpo:998877", source: "yotpo", rating: 2, published: false, reply: "Sorry to hear that." })
    expect(row!.product).toEqual({ id: "SCARF-RED", handle: null, sku: null })
    // No title: the start of the body stands in.
    expect(row!.title).toBe("Runs small, order a size up.")
    expect(row!.created_at.toISOString()).toBe("2024-03-15T00:00:00.000Z")
  })

  it("keeps the generic format's own import key (an export read back)", () => {
    const { row } = mapRecord("generic", norm({ import_key: "review:prev_1", product_id: "prod_1", rating: "4", title: "t", body: "b", created_at: "2025-01-02T03:04:05Z" }), 1, limits)
    expect(row!.import_key).toBe("review:prev_1")
    expect(row!.source).toBe("import")
  })

  it("lists every error of a bad row, each naming its column", () => {
    const { errors } = mapRecord(
      "judgeme",
      norm({ rating: "7", body: "", review_date: "next week", reviewer_email: "nope", picture_urls: "ftp://x/y.jpg" }),
      3,
      limits
    )
    expect(errors!.map((e) => e.field).sort()).toEqual(["author_email", "body", "date", "photos.0", "product", "rating"])
    expect(errors!.every((e) => e.row === 3)).toBe(true)
  })

  it("refuses dates in the future, before 1990, and impossible ones", () => {
    const now = new Date("2026-01-01T00:00:00Z")
    expect(parseReviewDate("2027-01-01", now)).toBeNull()
    expect(parseReviewDate("1980-01-01", now)).toBeNull()
    expect(parseReviewDate("02/31/2024", now)).toBeNull()
    expect(parseReviewDate("2024-02-29T12:00:00+02:00", now)!.toISOString()).toBe("2024-02-29T10:00:00.000Z")
  })

  it("names the missing columns of a header", () => {
    expect(missingColumns("yotpo", ["review_title", "review_content"])).toEqual(["rating (review_score or score)", "product (product_id or sku or product_sku)"])
    expect(missingColumns("judgeme", ["rating", "body", "product_handle"])).toEqual([])
  })

  it("splits photo cells on commas, semicolons, pipes and spaces", () => {
    expect(splitUrls("https://a/1.jpg; https://a/2.jpg|https://a/3.jpg https://a/4.jpg")).toHaveLength(4)
    expect(splitUrls(null)).toEqual([])
  })
})
