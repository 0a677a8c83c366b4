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
 * the next delta. Queuing is idempotent (one row per product), so an event delivered twice
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
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: [...variantIds] }, withDeleted: true } as any)
    data.forEach((v: any) => v.product_id && productIds.add(v.product_id))
    // A variant deleted for good is found through the snapshot rows that carry it.
    const missing = [...variantIds].filter((id) => !data.some((v: any) => v.id === id))
    if (missing.length) {
      const rows = await service.listSocialCatalogItems({ variant_id: missing } as any, { select: ["product_id"] })
      rows.forEach((r: any) => productIds.add(r.product_id))
    }
  }
  const queued = await service.queueProducts([...productIds])
  return new StepResponse({ queued, product_ids: [...productIds] })
})

/** This step reads up to `limit` queued product ids (oldest first) without removing them. */
export const takeQueuedProductsStep = createStep("take-social-catalog-queued", async (input: { limit?: number }, { container }) => {
  const rows = await catalogService(container).listSocialCatalogPendings({}, { take: input.limit ?? 5000, order: { created_at: "ASC" }, select: ["id", "product_id"] })
  return new StepResponse({ ids: rows.map((r: any) => r.id), product_ids: rows.map((r: any) => r.product_id) })
})

/** This step removes queue rows once every channel has processed them. */
export const clearQueuedProductsStep = createStep("clear-social-catalog-queued", async (input: { ids: string[] }, { container }) => {
  if (input.ids.length) await catalogService(container).deleteSocialCatalogPendings(input.ids)
  return new StepResponse(input.ids.length)
})
