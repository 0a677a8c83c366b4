import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The sales channels the public may see products and prices of: the store's default channel and
 * every channel of a publishable API key that is not revoked (what storefronts sell through).
 * Channels without a key (a wholesale, B2B or point-of-sale channel) are private: routes opened
 * without a key (RSS, cards) show nothing of them. Read each time (two small queries): a key
 * revoked or a channel unlinked takes effect at once, in every process. The card route applies the
 * same rule inside its one SQL read of the product (workflows/social-card/card-product.ts).
 */
export async function publicSalesChannelIds(scope: MedusaContainer): Promise<Set<string>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: stores }, { data: keys }] = await Promise.all([
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
    query.graph({ entity: "api_key", fields: ["id", "revoked_at", "sales_channels.id"], filters: { type: "publishable" } }),
  ])
  const ids = new Set<string>()
  for (const s of stores as Array<{ default_sales_channel_id: string | null }>) if (s?.default_sales_channel_id) ids.add(s.default_sales_channel_id)
  for (const k of keys as Array<{ revoked_at: Date | string | null; sales_channels?: Array<{ id: string } | null> | null }>) {
    if (k?.revoked_at && new Date(k.revoked_at).getTime() <= Date.now()) continue
    for (const c of k?.sales_channels ?? []) if (c?.id) ids.add(c.id)
  }
  return ids
}
