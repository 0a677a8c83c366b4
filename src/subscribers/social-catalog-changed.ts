import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { queueCatalogProductsWorkflow } from "../workflows/social-catalog/workflows/queue-catalog-products"
import { CoreEvents } from "../lib/events"

const PRODUCT_EVENTS: string[] = [CoreEvents.PRODUCT_CREATED, CoreEvents.PRODUCT_UPDATED, CoreEvents.PRODUCT_DELETED]
const VARIANT_EVENTS: string[] = [CoreEvents.VARIANT_CREATED, CoreEvents.VARIANT_UPDATED, CoreEvents.VARIANT_DELETED]
const LEVEL_EVENTS: string[] = [CoreEvents.INVENTORY_LEVEL_CREATED, CoreEvents.INVENTORY_LEVEL_UPDATED, CoreEvents.INVENTORY_LEVEL_DELETED]
const ITEM_EVENTS: string[] = [CoreEvents.INVENTORY_ITEM_UPDATED]

/**
 * Queues the products behind a product, variant (prices included: they change through variant
 * updates) or stock change for the next delta. Queuing coalesces: a product edited ten times
 * before the delta is rebuilt once.
 */
export default async function socialCatalogChanged({ event, container }: SubscriberArgs<{ id?: string | string[] }>) {
  const ids = ([] as string[]).concat(event.data?.id ?? []).filter(Boolean)
  if (!ids.length) return
  const input = PRODUCT_EVENTS.includes(event.name)
    ? { product_ids: ids }
    : VARIANT_EVENTS.includes(event.name)
      ? { variant_ids: ids }
      : LEVEL_EVENTS.includes(event.name)
        ? { inventory_level_ids: ids }
        : { inventory_item_ids: ids }
  await queueCatalogProductsWorkflow(container).run({ input })
}

export const config: SubscriberConfig = { event: [...PRODUCT_EVENTS, ...VARIANT_EVENTS, ...LEVEL_EVENTS, ...ITEM_EVENTS] }
