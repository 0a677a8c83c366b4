import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

export type Shop = {
  publishable: { headers: Record<string, string> }
  region_id: string
  sales_channel_id: string
  variant_id: string
  product_id: string
  shipping_option_id: string
  /** Where Medusa's return workflows send returned items (a return shipping option). */
  return_shipping_option_id: string
  shipping_profile_id: string
  stock_location_id: string
}

/**
 * A shop a storefront can check out in: a sales channel behind a publishable key, a region in EUR
 * (France) with the manual payment provider, a stock location with a shipping fulfillment set and
 * a flat-rate shipping option (and a return one), and one published product at 20 EUR. Call it in
 * `beforeAll`.
 */
export async function createShop(container: MedusaContainer): Promise<Shop> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Test storefront" }] } })
  const key = await container.resolve(Modules.API_KEY).createApiKeys({ title: "storefront", type: "publishable", created_by: "test" })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })

  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "France", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }] },
  })

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Paris warehouse", address: { address_1: "1 rue de Rivoli", city: "Paris", country_code: "FR" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default", type: "default" }] } })
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
    result: [option, returnOption],
  } = await createShippingOptionsWorkflow(container).run({
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
      {
        name: "Return to Paris",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: "Return", description: "Drop off", code: "return" },
        prices: [
          { currency_code: "eur", amount: 0 },
          { region_id: region.id, amount: 0 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "true", operator: "eq" },
        ],
      },
    ],
  })
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Enamel mug",
          handle: "enamel-mug",
          status: "published",
          shipping_profile_id: profile.id,
          options: [{ title: "Size", values: ["One size"] }],
          variants: [
            {
              title: "One size",
              sku: "MUG-1",
              manage_inventory: false,
              options: { Size: "One size" },
              prices: [{ currency_code: "eur", amount: 20 }],
            },
          ],
          sales_channels: [{ id: channel.id }],
        },
      ],
    },
  })
  return {
    publishable: { headers: { "x-publishable-api-key": key.token } },
    region_id: region.id,
    sales_channel_id: channel.id,
    variant_id: product.variants[0].id,
    product_id: product.id,
    shipping_option_id: option.id,
    return_shipping_option_id: returnOption.id,
    shipping_profile_id: profile.id,
    stock_location_id: location.id,
  }
}

/** Another published product of the shop (its sales channel and shipping profile), at `price` EUR. */
export async function addShopProduct(container: MedusaContainer, shop: Shop, title: string, price = 20) {
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title,
          status: "published",
          shipping_profile_id: shop.shipping_profile_id,
          options: [{ title: "Size", values: ["M"] }],
          variants: [
            {
              title: `${title} M`,
              sku: `${title.toUpperCase().replace(/\W+/g, "-")}-M`,
              manage_inventory: false,
              options: { Size: "M" },
              prices: [{ currency_code: "eur", amount: price }],
            },
          ],
          sales_channels: [{ id: shop.sales_channel_id }],
        },
      ],
    },
  })
  return product as unknown as { id: string; title: string; variants: { id: string }[] }
}

/** Creates a cart in the shop as a storefront does; `headers` may carry a customer's token. */
export async function createCart(
  api: any,
  shop: Shop,
  headers: Record<string, string>,
  email = "guest@example.com",
  items: { variant_id: string; quantity: number }[] = [{ variant_id: shop.variant_id, quantity: 2 }]
) {
  const { data } = await api.post(
    "/store/carts",
    { region_id: shop.region_id, email, items },
    { headers }
  )
  return data.cart as { id: string }
}

/**
 * Completes a cart over the store API: address, shipping method, a payment session with the
 * manual provider (`pp_system_default`), then complete. Returns the order.
 */
export async function completeCart(api: any, shop: Shop, cart_id: string, headers: Record<string, string>) {
  await api.post(
    `/store/carts/${cart_id}`,
    {
      shipping_address: {
        first_name: "Ada",
        last_name: "Buyer",
        address_1: "2 place du Marché",
        city: "Lyon",
        postal_code: "69001",
        country_code: "fr",
        phone: "+33 6 12 34 56 78",
      },
    },
    { headers }
  )
  await api.post(`/store/carts/${cart_id}/shipping-methods`, { option_id: shop.shipping_option_id }, { headers })
  const pc = await api.post("/store/payment-collections", { cart_id }, { headers })
  await api.post(
    `/store/payment-collections/${pc.data.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    { headers }
  )
  const { data } = await api.post(`/store/carts/${cart_id}/complete`, {}, { headers })
  if (data.type !== "order") {
    throw new Error(`cart ${cart_id} did not complete: ${JSON.stringify(data.error ?? data)}`)
  }
  return data.order as { id: string; total: number; currency_code: string; customer_id: string | null; created_at?: string }
}
