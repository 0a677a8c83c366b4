import type { ProductDisplay } from "../../../lib/product-display"
import { describeCard } from "./content"

const display = (over: Partial<ProductDisplay> = {}): ProductDisplay => ({
  id: "prod_1",
  handle: "hat",
  title: "Sun hat 🌞",
  subtitle: null,
  description: "A hat",
  status: "published",
  thumbnail: null,
  images: [],
  collection: null,
  categories: [],
  tags: [],
  variant: { id: "variant_1", title: "Default variant", sku: null, barcode: null, options: {} },
  price: { currency_code: "EUR", amount: 80, original_amount: 100, on_sale: true, tax_included: true },
  availability: "in stock",
  created_at: new Date(0),
  updated_at: new Date(0),
  ...over,
})

const card = (d: ProductDisplay, over: Record<string, unknown> = {}) =>
  describeCard({
    format: "og",
    display: d,
    locale: "fr-FR",
    currency_code: "eur",
    brand: { name: "Acme", colors: { primary: "#000000", accent: "#ff0000", background: "#ffffff", text: "#000000" }, logoHash: null },
    imageHash: "img",
    ...over,
  })

describe("describeCard", () => {
  it("shows cleaned text, the sale price against the original, and hides Medusa's default variant title", () => {
    const { shown } = card(display())
    expect(shown.title).toBe("Sun hat")
    expect(shown.variantTitle).toBeNull()
    expect(shown.price).toEqual({ current: "80,00\u00A0€", original: "100,00\u00A0€" })
    expect(shown.availabilityLabel).toBe("En stock")
  })

  it("keeps the hash when only unseen fields change", () => {
    expect(card(display({ updated_at: new Date(), description: "Other" })).hash).toBe(card(display()).hash)
  })

  it("changes the hash with what the card shows or is made from", () => {
    const base = card(display()).hash
    expect(card(display({ availability: "out of stock" })).hash).not.toBe(base)
    expect(card(display({ price: { currency_code: "EUR", amount: 80, original_amount: 80, on_sale: false, tax_included: true } })).hash).not.toBe(base)
    expect(card(display(), { imageHash: "other" }).hash).not.toBe(base)
    expect(card(display(), { imageHash: null }).hash).not.toBe(base)
    expect(card(display(), { locale: "de-DE" }).hash).not.toBe(base)
    expect(card(display(), { format: "pin" }).hash).not.toBe(base)
    expect(card(display({ variant: { id: "variant_2", title: "Default variant", sku: null, barcode: null, options: {} } })).hash).not.toBe(base)
  })
})
