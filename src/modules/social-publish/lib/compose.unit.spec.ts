import type { ProductDisplay } from "../../../lib/product-display"
import { composePost, firstSentences, productValues } from "./compose"

const product = (price: ProductDisplay["price"]): ProductDisplay => ({
  id: "prod_1",
  handle: "trail-tee",
  title: "Trail Tee",
  subtitle: null,
  description: "<p>Light and quick to dry.</p> Made for long days.",
  status: "published",
  thumbnail: null,
  images: [],
  collection: "Summer",
  categories: [],
  tags: [],
  variant: null,
  price,
  availability: "in stock",
  created_at: new Date(),
  updated_at: new Date(),
})

const LINK = "https://api.shop.example/s/AbCdEfGh12"

describe("productValues", () => {
  it("formats each market's price in its locale, and the sale only while on sale", () => {
    const onSale = productValues({
      product: product({ currency_code: "eur", amount: 12.5, original_amount: 20, on_sale: true, tax_included: true }),
      locale: "fr-FR",
      link: LINK,
      shop: "Outfitters",
      rating: { average: 4.56, count: 12 },
    })
    expect(onSale).toMatchObject({ price: "12,50\u00a0€", sale_price: "12,50\u00a0€", original_price: "20,00\u00a0€", rating: "4.6", review_count: "12", collection: "Summer" })
    expect(onSale.description).toBe("Light and quick to dry. Made for long days.")
    const full = productValues({
      product: product({ currency_code: "usd", amount: 15, original_amount: 15, on_sale: false, tax_included: false }),
      locale: "en-US",
      link: LINK,
      shop: "Outfitters",
    })
    expect(full).toMatchObject({ price: "$15.00", sale_price: null, original_price: null, rating: null })
  })
})

describe("composePost", () => {
  const values = productValues({
    product: product({ currency_code: "usd", amount: 15, original_amount: 15, on_sale: false, tax_included: false }),
    locale: "en-US",
    link: LINK,
    shop: "Outfitters",
  })

  it("adds the link where the network makes it clickable, not on Instagram", () => {
    expect(composePost("x", { template: "{title} for {price}" }, values)).toEqual({ text: `Trail Tee for $15.00\n${LINK}`, title: null, problems: [] })
    expect(composePost("instagram", { template: "{title} for {price} #tee" }, values).text).toBe("Trail Tee for $15.00 #tee")
    expect(composePost("x", { template: "{link} {title}" }, values).text).toBe(`${LINK} Trail Tee`)
  })

  it("names the template's unknown or empty placeholders and the network's refusals", () => {
    expect(composePost("x", { template: "{title} {prize}" }, values).problems).toEqual([{ field: "template", message: "unknown placeholder {prize}" }])
    expect(composePost("x", { template: "Now {sale_price}" }, values).problems).toEqual([
      { field: "template", message: "{sale_price} has no value for this product in this market" },
    ])
    expect(composePost("x", { text: "a".repeat(260) }, values).problems).toEqual([
      { field: "text", message: "is 284 characters as X counts them (a link is 23); x allows 280" },
    ])
    expect(composePost("pinterest", { template: "{description}", title: "{title} – {price}" }, values)).toMatchObject({ title: "Trail Tee – $15.00", problems: [] })
  })
})

describe("firstSentences", () => {
  it("cuts at a sentence, else at a word", () => {
    expect(firstSentences("One two. Three four five six.", 12)).toBe("One two.")
    expect(firstSentences("alpha beta gamma delta", 13)).toBe("alpha beta…")
  })
})
