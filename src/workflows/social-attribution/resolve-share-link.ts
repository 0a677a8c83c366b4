import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ShareLinkRef = { id: string; code: string; product_id: string | null; customer_id: string | null; network: string | null }

/**
 * Looks a share code up in the share module (`social_share`, model `social_share_link`) through
 * Query. When that module is not installed, Query does not know the entity: that means "no link",
 * so attribution works on its own and simply keeps the code as received.
 */
export async function resolveShareLink(container: MedusaContainer, code: string): Promise<ShareLinkRef | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  try {
    const { data } = await query.graph({
      entity: "social_share_link",
      fields: ["id", "code", "product_id", "customer_id", "network"],
      filters: { code },
      pagination: { take: 1 },
    })
    const link: ShareLinkRef | undefined = data?.[0]
    return link ?? null
  } catch (e) {
    if (/was not found|unknown entity|not registered/i.test(String(e?.message ?? e))) {
      return null
    }
    throw e
  }
}
