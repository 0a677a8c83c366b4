// `medusa exec ./seed.js <out.json>`: the multi-process test's shop, through Medusa's own workflows
// and modules (the same shop as integration-tests/helpers/commerce.ts: a sales channel behind a
// publishable key, a EUR region with the system payment provider, a warehouse with a shipping
// option, one published product), plus an admin and two customers who can log in.
"use strict"

const fs = require("fs")
const { ContainerRegistrationKeys, Modules } = require("@medusajs/framework/utils")
const flows = require("@medusajs/medusa/core-flows")

async function loginIdentity(container, actor, email, password, id) {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error) throw new Error(error)
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { [`${actor}_id`]: id } })
}

async function seed({ container, args }) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [store] = await container.resolve(Modules.STORE).listStores()
  await flows.updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { supported_currencies: [{ currency_code: "eur", is_default: true }] } },
  })
  const {
    result: [channel],
  } = await flows.createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Storefront" }] } })
  const key = await container.resolve(Modules.API_KEY).createApiKeys({ title: "storefront", type: "publishable", created_by: "seed" })
  await flows.linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  const {
    result: [region],
  } = await flows.createRegionsWorkflow(container).run({
    input: { regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }] },
  })
  const {
    result: [location],
  } = await flows.createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Paris warehouse", address: { address_1: "1 rue de Rivoli", city: "Paris", country_code: "FR" } }] },
  })
  await flows.linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const {
    result: [profile],
  } = await flows.createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default", type: "default" }] } })
  const fulfillmentSet = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
    name: "Paris shipping",
    type: "shipping",
    service_zones: [{ name: "France", geo_zones: [{ type: "country", country_code: "fr" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const {
    result: [option],
  } = await flows.createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: "Standard", description: "2-3 days", code: "standard" },
        prices: [
          { currency_code: "eur", amount: 5 },
          { region_id: region.id, amount: 5 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  const {
    result: [product],
  } = await flows.createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Enamel mug",
          handle: "enamel-mug",
          description: "A light enamel mug for camp coffee.",
          // Catalog platforms need an absolute image URL; the card falls back to its own design
          // for an image it may not fetch.
          thumbnail: "https://shop.multiprocess.test/images/enamel-mug.png",
          images: [{ url: "https://shop.multiprocess.test/images/enamel-mug.png" }],
          status: "published",
          shipping_profile_id: profile.id,
          options: [{ title: "Size", values: ["One size"] }],
          variants: [
            { title: "One size", sku: "MUG-1", manage_inventory: false, options: { Size: "One size" }, prices: [{ currency_code: "eur", amount: 20 }] },
          ],
          sales_channels: [{ id: channel.id }],
        },
      ],
    },
  })

  const password = "multiprocess-password-1"
  const [admin] = await container.resolve(Modules.USER).createUsers([{ email: "admin@multiprocess.test" }])
  await loginIdentity(container, "user", admin.email, password, admin.id)
  const customers = []
  for (const name of ["alice", "bob"]) {
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .createCustomers([{ email: `${name}@multiprocess.test`, first_name: name, last_name: "Shopper", has_account: true }])
    await loginIdentity(container, "customer", customer.email, password, customer.id)
    customers.push({ id: customer.id, email: customer.email })
  }

  const shop = {
    publishable_key: key.token,
    region_id: region.id,
    sales_channel_id: channel.id,
    product_id: product.id,
    variant_id: product.variants[0].id,
    shipping_option_id: option.id,
    admin: { email: admin.email, password },
    customers: { alice: { ...customers[0], password }, bob: { ...customers[1], password } },
  }
  fs.writeFileSync(args[0], JSON.stringify(shop, null, 2))
}

// `medusa exec` calls the default export.
module.exports = { default: seed }
