import fs from "fs"
import path from "path"
import sharp from "sharp"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createPriceListsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_PRODUCTS, ON_SALE_HANDLES, OUT_OF_STOCK_HANDLES, productImageSvg, usd } from "./catalog"

const SALES_CHANNEL = "Social Demo Store"
const KEY_TITLE = "Social Demo Storefront"
const EU_COUNTRIES = ["de", "fr", "es", "it", "nl"]
const VAT: Record<string, number> = { de: 19, fr: 20, es: 21, it: 22, nl: 21 }

/**
 * Seeds the demo store once; a second run changes nothing but the admin password (taken from
 * DEMO_ADMIN_PASSWORD) and rewrites the info file the demo prints from.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)

  const [existing] = await salesChannels.listSalesChannels({ name: SALES_CHANNEL })
  if (existing) {
    logger.info("Demo data already seeded: leaving it as it is.")
  } else {
    await seedStore(container, logger)
  }
  await ensureAdmin(container)
  await writeInfo(container)
}

async function seedStore(container: ExecArgs["container"], logger: any) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const store = container.resolve(Modules.STORE)

  logger.info("Seeding the demo store: sales channel, currencies, regions, taxes...")
  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL, description: "The demo storefront" }] },
  })
  const [theStore] = await store.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: theStore.id },
      update: {
        name: "Medusa Social Demo",
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd" },
        ],
        // Share links and cards are made only for the store's locales.
        supported_locales: [{ locale_code: "en-US" }, { locale_code: "fr-FR" }, { locale_code: "de-DE" }],
        default_sales_channel_id: channel.id,
      },
    },
  })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        { name: "Europe", currency_code: "eur", countries: EU_COUNTRIES, payment_providers: ["pp_system_default"], automatic_taxes: true },
        { name: "United States", currency_code: "usd", countries: ["us"], payment_providers: ["pp_system_default"], automatic_taxes: true },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [
      ...EU_COUNTRIES.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: { rate: VAT[country_code], name: "VAT", code: `VAT-${country_code.toUpperCase()}` },
      })),
      { country_code: "us", provider_id: "tp_system", default_tax_rate: { rate: 0, name: "No sales tax", code: "US-NONE" } },
    ],
  })

  logger.info("Seeding stock location and shipping...")
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Rotterdam Warehouse", address: { city: "Rotterdam", country_code: "NL", address_1: "Kade 1" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  let [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!profile) {
    ;({
      result: [profile],
    } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default", type: "default" }] } }))
  }
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Rotterdam delivery",
    type: "shipping",
    service_zones: [
      { name: "Europe", geo_zones: EU_COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })) },
      { name: "United States", geo_zones: [{ country_code: "us", type: "country" as const }] },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const rules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  await createShippingOptionsWorkflow(container).run({
    input: fulfillmentSet.service_zones.flatMap((zone) => [
      {
        name: `Standard (${zone.name})`,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "3-5 days", code: "standard" },
        prices: [
          { currency_code: "eur", amount: 5 },
          { currency_code: "usd", amount: 6 },
        ],
        rules,
      },
      {
        name: `Express (${zone.name})`,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        type: { label: "Express", description: "Next day", code: "express" },
        prices: [
          { currency_code: "eur", amount: 12 },
          { currency_code: "usd", amount: 14 },
        ],
        rules,
      },
    ]),
  })

  logger.info("Seeding the publishable API key...")
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: KEY_TITLE, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })

  logger.info("Seeding categories, collections, images and 24 products...")
  const categoryNames = [...new Set(DEMO_PRODUCTS.map((p) => p.category))]
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: categoryNames.map((name) => ({ name, is_active: true })) },
  })
  const collectionNames = [...new Set(DEMO_PRODUCTS.map((p) => p.collection))]
  const { result: collections } = await createCollectionsWorkflow(container).run({
    input: { collections: collectionNames.map((title) => ({ title, handle: title.toLowerCase() })) },
  })
  const categoryId = new Map(categories.map((c) => [c.name, c.id]))
  const collectionId = new Map(collections.map((c) => [c.title, c.id]))

  // Images are drawn here and stored through the File module: nothing is downloaded.
  const files = await Promise.all(
    DEMO_PRODUCTS.flatMap((p) =>
      p.colors.map(async (color) => ({
        filename: `${p.handle}-${color.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.png`,
        mimeType: "image/png",
        content: (await sharp(Buffer.from(productImageSvg(p, color))).png().toBuffer()).toString("base64"),
        access: "public" as const,
      }))
    )
  )
  const { result: uploaded } = await uploadFilesWorkflow(container).run({ input: { files } })
  const urlOf = new Map(files.map((f, i) => [f.filename, uploaded[i].url]))

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: DEMO_PRODUCTS.map((p) => {
        const images = p.colors.map((c) => ({ url: urlOf.get(`${p.handle}-${c.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.png`)! }))
        return {
          title: p.title,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          category_ids: [categoryId.get(p.category)!],
          collection_id: collectionId.get(p.collection)!,
          thumbnail: images[0].url,
          images,
          tags: [],
          shipping_profile_id: profile.id,
          options: [
            { title: "Size", values: p.sizes },
            { title: "Color", values: p.colors },
          ],
          variants: p.sizes.flatMap((size) =>
            p.colors.map((color) => ({
              title: `${size} / ${color}`,
              sku: `${p.handle}-${size}-${color}`.toUpperCase().replace(/[^A-Z0-9]+/g, "-"),
              options: { Size: size, Color: color },
              manage_inventory: true,
              prices: [
                { currency_code: "eur", amount: p.eur },
                { currency_code: "usd", amount: usd(p.eur) },
              ],
            }))
          ),
          sales_channels: [{ id: channel.id }],
        }
      }),
    },
  })

  logger.info("Seeding inventory (a few variants out of stock) and a sale price list...")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.handle", "inventory_items.inventory_item_id"],
    filters: { product_id: products.map((p) => p.id) },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((v: any) =>
        (v.inventory_items ?? []).map((ii: any) => ({
          inventory_item_id: ii.inventory_item_id,
          location_id: location.id,
          stocked_quantity: OUT_OF_STOCK_HANDLES.has(v.product.handle) ? 0 : 40,
        }))
      ),
    },
  })
  const priceOf = new Map(DEMO_PRODUCTS.map((p) => [p.handle, p.eur]))
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: "Winter sale",
          description: "20% off selected products",
          status: "active",
          starts_at: new Date(Date.now() - 86_400_000).toISOString(),
          ends_at: new Date(Date.now() + 60 * 86_400_000).toISOString(),
          prices: variants
            .filter((v: any) => ON_SALE_HANDLES.has(v.product.handle))
            .flatMap((v: any) => {
              const eur = Math.round(priceOf.get(v.product.handle)! * 0.8 * 100) / 100
              return [
                { variant_id: v.id, currency_code: "eur", amount: eur },
                { variant_id: v.id, currency_code: "usd", amount: usd(eur) },
              ]
            }),
        },
      ],
    },
  })
  logger.info(`Seeded ${products.length} products, ${variants.length} variants, regions ${regions.map((r) => r.name).join(", ")}.`)
}

/** The demo admin; a changed DEMO_ADMIN_PASSWORD takes effect on the next run. */
async function ensureAdmin(container: ExecArgs["container"]) {
  const email = process.env.DEMO_ADMIN_EMAIL ?? "admin@example.com"
  const password = process.env.DEMO_ADMIN_PASSWORD || "supersecret"
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const [user] = await users.listUsers({ email })
  if (user) {
    await auth.updateProvider("emailpass", { entity_id: email, password })
    return
  }
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
  if (error || !authIdentity) {
    throw new Error(`could not register the demo admin: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email, first_name: "Demo", last_name: "Admin" } },
  })
}

/** What the demo prints once the server is up. */
async function writeInfo(container: ExecArgs["container"]) {
  const file = process.env.DEMO_INFO_FILE
  if (!file) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: keys } = await query.graph({ entity: "api_key", fields: ["token"], filters: { title: KEY_TITLE, type: "publishable" } })
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "variants.id"],
    filters: { handle: ["alpine-trail-jacket"] },
  })
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "name", "currency_code"] })
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: SALES_CHANNEL } })
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        publishable_key: keys[0]?.token ?? null,
        product: products[0] ? { id: products[0].id, handle: products[0].handle, title: products[0].title, variant_id: products[0].variants?.[0]?.id } : null,
        regions,
        sales_channel_id: channels[0]?.id ?? null,
      },
      null,
      2
    )
  )
}
