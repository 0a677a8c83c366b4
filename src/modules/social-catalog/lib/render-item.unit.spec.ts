import { matchesChannel, renderProduct, type CatalogProduct, type CatalogVariant, type RenderContext } from "./render-item"

const variant = (over: Partial<CatalogVariant> = {}): CatalogVariant => ({
  id: "variant_1",
  title: "M",
  sku: "TEE-M",
  barcode: null,
  ean: null,
  upc: null,
  mid_code: null,
  thumbnail: null,
  manage_inventory: false,
  allow_backorder: false,
  options: [{ title: "Size", value: "M" }],
  calculated_price: { calculated_amount: 20, original_amount: 20, is_calculated_price_tax_inclusive: false, is_original_price_tax_inclusive: false },
  quantity: null,
  tax_rate: 0,
  ...over,
})

const product = (over: Partial<CatalogProduct> = {}): CatalogProduct => ({
  id: "prod_1",
  handle: "tee",
  title: "Tee",
  subtitle: null,
  description: "<p>A <b>soft</b> tee &amp; more</p>",
  thumbnail: "/static/tee.jpg",
  metadata: null,
  collection_id: "pcol_1",
  collection_title: "Summer",
  type_id: "ptyp_1",
  type_value: "Shirts",
  tags: ["season:summer", "cotton"],
  categories: [{ id: "pcat_1", name: "Tops" }],
  images: ["/static/tee.jpg", "https://cdn.example.com/tee-back.jpg"],
  in_sales_channel: true,
  variants: [variant()],
  ...over,
})

const ctx = (channel: Partial<RenderContext["channel"]> = {}, priceLists = new Map()): RenderContext => ({
  channel: {
    destination: "google",
    sales_channel_id: "sc_1",
    currency_code: "usd",
    country: "us",
    language: "en",
    prices_include_tax: false,
    filters: null,
    field_mapping: null,
    ...channel,
  },
  storefront: "https://shop.example.com",
  template: "{storefront}/{country}/products/{handle}",
  brandName: "Acme",
  publicUrl: "https://api.example.com",
  priceLists,
})

describe("renderProduct", () => {
  it("renders the product's fields: plain-text description, absolute images, the product URL, the size option, the brand", () => {
    const [r] = renderProduct(ctx(), product())
    expect(r.errors).toEqual([])
    expect(r.item).toMatchObject({
      id: "variant_1",
      item_group_id: "prod_1",
      title: "Tee",
      description: "A soft tee & more",
      link: "https://shop.example.com/us/products/tee",
      image_link: "https://api.example.com/static/tee.jpg",
      additional_image_links: ["https://cdn.example.com/tee-back.jpg"],
      price: { amount: 20, currency_code: "USD" },
      sale_price: null,
      availability: "in_stock",
      brand: "Acme",
      size: "M",
      product_type: "Shirts",
      condition: "new",
    })
  })

  it("names variants and links each one when a product has several, and refuses a variant without the attribute its siblings have", () => {
    const rendered = renderProduct(ctx(), product({ variants: [variant(), variant({ id: "variant_2", title: "L", options: [{ title: "Size", value: "L" }] })] }))
    expect(rendered.map((r) => [r.item.title, r.item.link])).toEqual([
      ["Tee - M", "https://shop.example.com/us/products/tee?variant=variant_1"],
      ["Tee - L", "https://shop.example.com/us/products/tee?variant=variant_2"],
    ])
    const [, bare] = renderProduct(ctx(), product({ variants: [variant(), variant({ id: "variant_2", title: "Plain", options: [] })] }))
    expect(bare.errors.map((e) => [e.code, e.field])).toEqual([["missing_variant_attribute", "size"]])
  })

  it("takes price, sale and availability from marketPrice: tax added where prices include it, a sale price list with its dates", () => {
    const lists = new Map([["plist_1", { starts_at: "2026-12-01T00:00:00.000Z", ends_at: "2026-12-31T00:00:00.000Z" }]])
    const onSale = variant({
      calculated_price: {
        calculated_amount: 15,
        original_amount: 20,
        is_calculated_price_tax_inclusive: false,
        is_original_price_tax_inclusive: false,
        calculated_price: { price_list_id: "plist_1", price_list_type: "sale" },
      },
      tax_rate: 0.2,
      manage_inventory: true,
      quantity: 0,
      allow_backorder: true,
    })
    const [r] = renderProduct(ctx({ currency_code: "eur", country: "fr", prices_include_tax: true }, lists), product({ variants: [onSale] }))
    expect(r.item.price).toEqual({ amount: 24, currency_code: "EUR" })
    expect(r.item.sale_price).toEqual({ amount: 18, currency_code: "EUR" })
    expect(r.item.sale_price_effective_date).toEqual({ start: "2026-12-01T00:00:00.000Z", end: "2026-12-31T00:00:00.000Z" })
    expect(r.item.availability).toBe("backorder")
    expect(r.item.quantity).toBe(0)
  })

  it("shows an override price list as the price, not a sale, and refuses a variant with no price in the market", () => {
    const override = variant({
      calculated_price: {
        calculated_amount: 12,
        original_amount: 12,
        is_calculated_price_tax_inclusive: false,
        is_original_price_tax_inclusive: false,
        calculated_price: { price_list_id: "plist_2", price_list_type: "override" },
      },
    })
    const [r] = renderProduct(ctx(), product({ variants: [override] }))
    expect(r.item.price).toEqual({ amount: 12, currency_code: "USD" })
    expect(r.item.sale_price).toBeNull()
    const [none] = renderProduct(ctx(), product({ variants: [variant({ calculated_price: null })] }))
    expect(none.errors.map((e) => e.code)).toContain("missing_price")
  })

  it("applies the channel's mapping: GTIN and MPN sources, brand from metadata, category map, custom labels", () => {
    const mapping = {
      gtin_from: ["ean" as const],
      mpn_from: "sku" as const,
      brand_metadata_key: "maker",
      category_map: { pcat_1: "Apparel & Accessories > Clothing > Shirts & Tops" },
      custom_labels: [{ from: "tag_prefix" as const, prefix: "season:" }, { from: "collection" as const }, { from: "metadata" as const, key: "margin" }, { from: "type" as const }, null],
      condition: "refurbished" as const,
    }
    const [r] = renderProduct(ctx({ field_mapping: mapping }), product({ metadata: { maker: "Tee Co", margin: 0.4 }, variants: [variant({ ean: "4006-381333931", barcode: "12345678" })] }))
    expect(r.item).toMatchObject({
      gtin: "4006381333931",
      mpn: "TEE-M",
      brand: "Tee Co",
      google_product_category: "Apparel & Accessories > Clothing > Shirts & Tops",
      custom_labels: ["summer", "Summer", "0.4", "Shirts", null],
      condition: "refurbished",
    })
  })

  it("cuts a description over the destination's limit and says so in a warning", () => {
    const [r] = renderProduct(ctx(), product({ description: "word ".repeat(2000) }))
    expect(Array.from(r.item.description).length).toBeLessThanOrEqual(5000)
    expect(r.warnings.map((w) => w.code)).toContain("description_truncated")
  })
})

describe("matchesChannel", () => {
  const p = product()
  it("keeps products of the channel's sales channel that pass its filters", () => {
    expect(matchesChannel(p, { sales_channel_id: "sc_1", filters: null })).toBe(true)
    expect(matchesChannel({ ...p, in_sales_channel: false }, { sales_channel_id: "sc_1", filters: null })).toBe(false)
    expect(matchesChannel(p, { sales_channel_id: null, filters: { include: { tags: ["cotton"] } } })).toBe(true)
    expect(matchesChannel(p, { sales_channel_id: null, filters: { include: { collection_ids: ["pcol_2"] } } })).toBe(false)
    expect(matchesChannel(p, { sales_channel_id: null, filters: { exclude: { category_ids: ["pcat_1"] } } })).toBe(false)
    expect(matchesChannel({ ...p, metadata: { social_catalog_opt_out: "true" } }, { sales_channel_id: null, filters: null })).toBe(false)
  })
})
