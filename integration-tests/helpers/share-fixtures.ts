/**
 * Fixtures of the share capability: store currencies and a published product with prices,
 * created through the admin API as a merchant would.
 */
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
