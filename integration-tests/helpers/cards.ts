import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import sharp from "sharp"

/**
 * Sets the store's currencies (usd default, eur, jpy) and locales, as a shop selling in several
 * markets. Cards are made only for what the store offers.
 */
export async function setStoreCurrencies(container: MedusaContainer) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { take: 1 })
  await storeModule.updateStores(store.id, {
    supported_currencies: [
      { currency_code: "usd", is_default: true },
      { currency_code: "eur" },
      { currency_code: "jpy" },
    ],
    supported_locales: [{ locale_code: "fr-FR" }, { locale_code: "ja-JP" }, { locale_code: "de-DE" }],
  })
}

/** Uploads a small product photo through the File module and answers its URL. */
export async function uploadPhoto(container: MedusaContainer) {
  const bytes = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#3b82f6" } })
    .jpeg()
    .toBuffer()
  const file = await container.resolve(Modules.FILE).createFiles({
    filename: `photo-${Date.now()}.jpg`,
    mimeType: "image/jpeg",
    content: bytes.toString("base64"),
    access: "public",
  })
  return file.url
}

/** The store's default sales channel (made and set when the store has none), as a new shop has. */
export async function defaultSalesChannel(container: MedusaContainer) {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { take: 1 })
  if (store.default_sales_channel_id) {
    return store.default_sales_channel_id
  }
  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Default Sales Channel" }] } })
  await storeModule.updateStores(store.id, { default_sales_channel_id: channel.id })
  return channel.id
}

/**
 * A product with one variant priced in usd, eur and jpy, sold in the store's default sales
 * channel (or in `sales_channel_ids`).
 */
export async function createCardProduct(
  container: MedusaContainer,
  over: { title?: string; status?: "published" | "draft"; thumbnail?: string | null; sales_channel_ids?: string[] } = {}
) {
  const channels = over.sales_channel_ids ?? [await defaultSalesChannel(container)]
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: over.title ?? "Crème brûlée jacket ☕",
          status: over.status ?? "published",
          thumbnail: over.thumbnail ?? null,
          sales_channels: channels.map((id) => ({ id })),
          options: [{ title: "Size", values: ["M"] }],
          variants: [
            {
              title: "M",
              options: { Size: "M" },
              manage_inventory: false,
              prices: [
                { amount: 1234.5, currency_code: "usd" },
                { amount: 999, currency_code: "eur" },
                { amount: 1500, currency_code: "jpy" },
              ],
            },
          ],
        },
      ],
    },
  })
  return result[0] as { id: string; variants: { id: string }[] }
}
