import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Fixtures of the share capability: store currencies and a published product with prices,
 * created through the admin API as a merchant would.
 */

/**
 * A storefront's publishable key, tied to a sales channel of its own (as Medusa's store routes
 * need). Products must be put in `sales_channel_id` to be shared through it.
 */
export async function createStorefrontKey(container: MedusaContainer, name = "Share storefront") {
  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name }] } })
  const key = await container
    .resolve(Modules.API_KEY)
    .createApiKeys({ title: `${name} key`, type: "publishable", created_by: "test" })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })
  return { headers: { "x-publishable-api-key": key.token }, sales_channel_id: channel.id }
}
export async function setStoreCurrencies(api: any, admin: { headers: Record<string, string> }) {
  const { data } = await api.get("/admin/stores", admin)
  const store = data.stores[0]
  await api.post(
    `/admin/stores/${store.id}`,
    {
      supported_currencies: [
        { currency_code: "eur", is_default: true },
        { currency_code: "usd" },
        { currency_code: "jpy" },
      ],
      // Links are made only for the store's locales.
      supported_locales: [{ locale_code: "fr-FR" }, { locale_code: "fr-BE" }, { locale_code: "de-DE" }],
    },
    admin
  )
}

export async function createShareProduct(
  api: any,
  admin: { headers: Record<string, string> },
  over: Record<string, unknown> = {}
) {
  const { data } = await api.post(
    "/admin/products",
    {
      title: "Trail Tee & Co",
      handle: `trail-tee-${Math.random().toString(36).slice(2, 8)}`,
      description: "<p>A soft, organic cotton tee.</p>",
      status: "published",
      options: [{ title: "Size", values: ["S", "M"] }],
      variants: [
        {
          title: "S",
          sku: `TEE-S-${Math.random().toString(36).slice(2, 8)}`,
          options: { Size: "S" },
          manage_inventory: false,
          prices: [
            { currency_code: "eur", amount: 12.5 },
            { currency_code: "usd", amount: 14 },
            { currency_code: "jpy", amount: 1500 },
          ],
        },
        {
          title: "M",
          options: { Size: "M" },
          manage_inventory: false,
          prices: [{ currency_code: "eur", amount: 13.5 }],
        },
      ],
      ...over,
    },
    admin
  )
  return data.product as { id: string; handle: string; title: string; variants: Array<{ id: string; title: string }> }
}
