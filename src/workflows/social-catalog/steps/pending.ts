import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { catalogService } from "../lib/channel"

export type ChangedInput = {
  product_ids?: string[]
  variant_ids?: string[]
  inventory_item_ids?: string[]
  inventory_level_ids?: string[]
}

/**
 * This step turns what changed (products, variants, stock) into product ids and queues them for
 * the next delta of every enabled channel. Queuing is idempotent (one row per channel and product), so an event delivered twice
 * changes nothing; there is nothing to compensate.
 */
export const queueCatalogProductsStep = createStep("queue-social-catalog-products", async (input: ChangedInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service = catalogService(container)
  const productIds = new Set(input.product_ids ?? [])
  const itemIds = new Set(input.inventory_item_ids ?? [])
  if (input.inventory_level_ids?.length) {
    const { data } = await query.graph({ entity: "inventory_level", fields: ["inventory_item_id"], filters: { id: input.inventory_level_ids } })
    data.forEach((l: any) => itemIds.add(l.inventory_item_id))
  }
  const variantIds = new Set(input.variant_ids ?? [])
  if (itemIds.size) {
    const { data } = await query.graph({ entity: "inventory_item", fields: ["variants.id", "variants.product_id"], filters: { id: [...itemIds] } })
    data.forEach((i: any) => (i.variants ?? []).forEach((v: any) => v?.product_id && productIds.add(v.product_id)))
  }
  if (variantIds.size) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: [...variantIds] }, withDeleted: true })
    data.forEach((v: any) => v.product_id && productIds.add(v.product_id))
    // A variant deleted for good is found through the snapshot rows that carry it.
    const missing = [...variantIds].filter((id) => !data.some((v: any) => v.id === id))
    if (missing.length) {
      const rows = await service.listSocialCatalogItems({ variant_id: missing }, { select: ["product_id"] })
      rows.forEach((r: any) => productIds.add(r.product_id))
    }
  }
  const queued = await service.queueProducts([...productIds])
  return new StepResponse({ queued, product_ids: [...productIds] })
})

/**
 * This step reads up to `limit` queued product ids of a channel (oldest first) without removing
 * them, and the time it read them at.
 */
export const takeQueuedProductsStep = createStep(
  "take-social-catalog-queued",
  async (input: { channel_id: string; limit?: number }, { container }) => {
    return new StepResponse(await catalogService(container).takeQueue(input.channel_id, input.limit ?? 5000))
  }
)

/**
 * This step removes a channel's queue rows once its delta has processed them; a product queued
 * again since `taken_at` stays for the next delta.
 */
export const clearQueuedProductsStep = createStep(
  "clear-social-catalog-queued",
  async (input: { channel_id: string; product_ids: string[]; taken_at: string }, { container }) => {
    return new StepResponse(await catalogService(container).clearQueue(input.channel_id, input.product_ids, input.taken_at))
  }
)
