import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { queueCatalogProductsWorkflow } from "../workflows/social-catalog/workflows/queue-catalog-products"

const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted"]
const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated", "product-variant.deleted"]
const LEVEL_EVENTS = ["inventory-level.created", "inventory-level.updated", "inventory-level.deleted"]
const ITEM_EVENTS = ["inventory-item.updated"]

/**
 * Queues the products behind a product, variant (prices included: they change through variant
 * updates) or stock change for the next delta. Queuing coalesces: a product edited ten times
 * before the delta is rebuilt once.
 */
export default async function socialCatalogChanged({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
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
