import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { inboxItemFields } from "./validators"

/** An inbox item as `query.graph` reads it (and the product its link may join). */
export type InboxItemRow = Record<(typeof inboxItemFields)[number], unknown> & { product?: Record<string, unknown> | null }

/** One item as the admin sees it after an action (404 when it is not there, or was removed by its author). */
export async function readInboxItem(scope: MedusaContainer, id: string) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "social_inbox_item",
    fields: inboxItemFields,
    filters: { id, removed_at: null },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Inbox item with id: ${id} was not found`)
  return data[0] as InboxItemRow
}
