import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents } from "../../../lib/events"
import { invalidateSocialRssStep } from "../../social-share/workflows/invalidate-social-rss"
import { queueCatalogProductsStep } from "../steps/pending"
import { detectPriceChangesStep, savePriceWatermarkStep, type DetectPriceChangesInput } from "../steps/price-watch"

/**
 * This workflow carries price changes that Medusa announces with no event (price lists added,
 * edited or deleted, a sale that starts or ends) into the paths product events take: it finds
 * the products whose prices changed since its last scan, queues them for every catalog channel's
 * next delta (coalesced with the product events' queue rows), drops the cached RSS feeds, emits
 * `social.prices.changed` per product (the `og` card re-renders on it), and then stores its
 * watermark. Every effect is idempotent, so a run that fails before the watermark is stored and
 * handles the same changes again changes nothing the second time.
 *
 * @example
 * const { result } = await watchPriceChangesWorkflow(container).run({ input: {} })
 * result.product_ids // the products whose prices changed since the last run
 */
export const watchPriceChangesWorkflowId = "social-watch-price-changes"

export const watchPriceChangesWorkflow = createWorkflow(watchPriceChangesWorkflowId, function (input: DetectPriceChangesInput) {
  const found = detectPriceChangesStep(input)
  when({ found }, ({ found }) => found.product_ids.length > 0).then(() => {
    queueCatalogProductsStep(transform({ found }, ({ found }) => ({ product_ids: found.product_ids })))
    invalidateSocialRssStep()
    emitEventStep({ eventName: SocialEvents.PRICES_CHANGED, data: transform({ found }, ({ found }) => found.products) })
  })
  savePriceWatermarkStep(transform({ found }, ({ found }) => ({ next: found.next, previous: found.previous })))
  return new WorkflowResponse(
    transform({ found }, ({ found }) => ({
      due: found.due,
      baseline: found.baseline,
      counts: found.counts,
      product_ids: found.product_ids,
    }))
  )
})
