import { dedupeKey, fillReviewValues, fires, observe, ruleTemplateProblem, sameObservation, usualState } from "./auto-rules"

const display = (over: Partial<{ availability: "in stock" | "out of stock"; amount: number; original: number; on_sale: boolean }> = {}) => ({
  availability: over.availability ?? ("in stock" as const),
  price: { amount: over.amount ?? 20, original_amount: over.original ?? 20, on_sale: over.on_sale ?? false },
})

describe("automatic post rules", () => {
  it("fire on the change they name, and only on it", () => {
    const out = observe(display({ availability: "out of stock" }))
    const back = observe(display())
    expect(fires("back_in_stock", out, back)).toBe(true)
    expect(fires("back_in_stock", back, back)).toBe(false)
    expect(fires("back_in_stock", back, out)).toBe(false)

    const sale = observe(display({ amount: 15, on_sale: true }))
    expect(fires("sale_started", usualState(display()), sale)).toBe(true)
    expect(fires("sale_started", sale, sale)).toBe(false)
    // Deeper into the same sale: a price drop, not a sale that started.
    const deeper = observe(display({ amount: 12, on_sale: true }))
    expect(fires("sale_started", sale, deeper)).toBe(false)
    expect(fires("price_dropped", sale, deeper)).toBe(true)
    expect(fires("price_dropped", deeper, sale)).toBe(false)
    // The smallest drop that counts, in percent of the last price seen.
    expect(fires("price_dropped", observe(display({ amount: 100 })), observe(display({ amount: 96 })), 5)).toBe(false)
    expect(fires("price_dropped", observe(display({ amount: 100 })), observe(display({ amount: 95 })), 5)).toBe(true)
    // Equal amounts written differently are no drop.
    expect(fires("price_dropped", { in_stock: true, on_sale: false, amount: 12.5 }, { in_stock: true, on_sale: false, amount: 12.499999999 })).toBe(false)
  })

  it("take a product they never saw to be as usual: in stock, at its own price, not on sale", () => {
    const usual = usualState(display({ amount: 15, original: 20, on_sale: true }))
    expect(usual).toEqual({ in_stock: true, amount: 20, on_sale: false })
    expect(sameObservation(usual, observe(display({ amount: 20, original: 20 })))).toBe(true)
    expect(sameObservation(usual, observe(display({ amount: 15, original: 20, on_sale: true })))).toBe(false)
  })

  it("name each change in the dedupe key, so a second delivery of one event finds the first post", () => {
    expect(dedupeKey("spar_1", "back_in_stock", { product_id: "prod_1", variant_id: "variant_1", seq: 3 })).toBe("spar_1:back_in_stock:prod_1:variant_1:3")
    expect(dedupeKey("spar_1", "sale_started", { product_id: "prod_1" })).toBe("spar_1:sale_started:prod_1::0")
    expect(dedupeKey("spar_1", "product_published", { product_id: "prod_1" })).toBe("spar_1:published:prod_1")
    expect(dedupeKey("spar_1", "review_approved", { product_id: "prod_1", review_id: "prev_1" })).toBe("spar_1:review:prev_1")
  })

  it("refuse templates with unknown placeholders, review ones outside review rules, or none at all", () => {
    expect(ruleTemplateProblem("sale_started", "{title} now {sale_price} {link}")).toBeNull()
    expect(ruleTemplateProblem("review_approved", "{review_quote} – {review_author} {review_rating} {title}")).toBeNull()
    expect(ruleTemplateProblem("sale_started", "{review_quote}")).toMatch(/^unknown placeholder \{review_quote\} \(use \{title\}/)
    expect(ruleTemplateProblem("back_in_stock", "Back!")).toBe("must use at least one placeholder (an automatic post is about its product)")
  })

  it("quote a review without letting its text become a placeholder", () => {
    const text = fillReviewValues("{review_quote} – {review_author} {review_rating} {title}", {
      title: "Love it {price}",
      body: "…",
      rating: 4,
      author_name: "Ana B.",
    })
    expect(text).toBe("“Love it (price)” – Ana B. ★★★★☆ {title}")
    const long = fillReviewValues("{review_quote}", { title: "", body: "word ".repeat(100), rating: 5, author_name: null }, 30)
    expect(long.length).toBeLessThanOrEqual(32)
    expect(long.endsWith("…”")).toBe(true)
    expect(fillReviewValues("{review_author}", { title: "t", body: "b", rating: 5, author_name: null })).toBe("a customer")
  })
})
