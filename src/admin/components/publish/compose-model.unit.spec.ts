import { checkPostText } from "../../../modules/social-publish/lib/text"
import { previewPost, previewValues, toComposerForm, toPostBody, type ComposerForm } from "./compose-model"
import type { ComposerProduct } from "./types"

const product: ComposerProduct = {
  id: "prod_1",
  title: "Alpine Trail Jacket",
  description: "Warm and dry. Packs into its own pocket.",
  thumbnail: null,
  collection: { title: "Outdoor" },
  variants: [
    { id: "variant_s", title: "S", prices: [{ amount: 129, currency_code: "eur" }, { amount: 139, currency_code: "usd" }] },
    { id: "variant_l", title: "L", prices: [{ amount: 149, currency_code: "eur" }] },
  ],
}

const form = (patch: Partial<ComposerForm> = {}): ComposerForm => ({
  ...toComposerForm(null, { product_id: "prod_1", account_id: "sacc_1", currency_code: "eur", time_zone: "Europe/Paris" }),
  ...patch,
})

const link = "https://shop.example.com/s/AbCdEfGhIj"

describe("the composer's preview", () => {
  it("renders the template with the market's list price in the post's locale, and adds the link where the network links", () => {
    const values = previewValues({ product, variantId: "", currency: "eur", locale: "de-DE", link, shop: "Peak" })
    const x = previewPost("x", form({ template: "{title} – {price}" }), values)
    expect(x.text).toBe(`Alpine Trail Jacket – 129,00\u00a0€\n${link}`)
    expect(x.problems).toEqual([])
    const instagram = previewPost("instagram", form({ template: "{title} – {price}" }), values)
    expect(instagram.text).toBe("Alpine Trail Jacket – 129,00\u00a0€")
  })

  it("takes the chosen variant's price", () => {
    const values = previewValues({ product, variantId: "variant_l", currency: "eur", locale: "en", link, shop: "Peak" })
    expect(values.price).toBe("€149.00")
  })

  it("shows what only the server knows in brackets rather than refusing the template", () => {
    const values = previewValues({ product, variantId: "", currency: "eur", locale: "en", link, shop: "Peak" })
    const post = previewPost("facebook", form({ template: "{title}: {rating} stars, now {sale_price}" }), values)
    expect(post.problems).toEqual([])
    expect(post.text).toContain("[rating] stars, now [sale price]")
  })

  it("names the field with the server's own message for a text X would refuse", () => {
    const text = "a".repeat(300)
    const values = previewValues({ product: null, variantId: "", currency: "eur", locale: "en", link, shop: "Peak" })
    const post = previewPost("x", form({ kind: "link", source: "text", text, link_url: link }), values)
    expect(post.problems).toEqual(checkPostText("x", { text: `${text}\n${link}` }))
    // 300 + the line break + the link as 23.
    expect(post.problems[0]).toEqual({ field: "text", message: "is 324 characters as X counts them (a link is 23); x allows 280" })
  })

  it("refuses a price the market does not have, on the template", () => {
    const values = previewValues({ product, variantId: "", currency: "gbp", locale: "en", link, shop: "Peak" })
    expect(previewPost("x", form({ template: "{price}" }), values).problems[0].field).toBe("template")
  })
})

describe("the composer's request body", () => {
  it("creates a product post in its market with the time in the chosen zone", () => {
    expect(toPostBody(form({ when: "2026-12-24T09:00" }), "scheduled", false, "x")).toEqual({
      account_id: "sacc_1",
      product_id: "prod_1",
      variant_id: undefined,
      template: "{title} – {price}",
      locale: "en",
      currency_code: "eur",
      scheduled_at: "2026-12-24T09:00:00+01:00",
      time_zone: "Europe/Paris",
      status: "scheduled",
    })
  })

  it("sends a title only where the network has one, and a free-text post's link instead of a product", () => {
    const body = toPostBody(form({ kind: "link", link_url: link, source: "text", text: "New in", title: "Ignored" }), "draft", false, "x")
    expect(body).toMatchObject({ link_url: link, text: "New in", status: "draft" })
    expect(body).not.toHaveProperty("title")
    expect(body).not.toHaveProperty("product_id")
    expect(toPostBody(form({ title: "Pin title" }), "draft", false, "pinterest")).toMatchObject({ title: "Pin title" })
  })

  it("edits only what the update route takes: text, title, time and status", () => {
    expect(toPostBody(form({ source: "text", text: "Hello", when: "" }), "draft", true, "x")).toEqual({ text: "Hello", title: null, scheduled_at: null, time_zone: "Europe/Paris", status: "draft" })
  })
})
