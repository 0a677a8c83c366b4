import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_SHARE_MODULE } from "../../../modules/social-share"
import type SocialShareModuleService from "../../../modules/social-share/service"
import type { ClickBatch } from "../../../modules/social-share/lib/click-buffer"
import type { ShareClickedEvent } from "../../../lib/events"

/**
 * This step writes the batches into the click ledger and the distinct-visitor table, and returns
 * one `social.share.clicked` payload per link and batch. A batch already recorded (a retry) writes
 * and returns nothing. Its compensation deletes the rows of the batches it wrote.
 */
export const recordShareClicksStep = createStep(
  "record-share-clicks",
  async (batches: ClickBatch[], { container }) => {
    const service = container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
    const events: ShareClickedEvent[] = []
    const written: string[] = []
    for (const batch of batches) {
      const recorded = await service.recordClickBatch(batch)
      if (!recorded.length) {
        continue
      }
      written.push(batch.batch_id)
      // Plain rows, not ORM entities: a batch names about as many links as it has clicks.
      const links = await service.listLinksById(recorded.map((r) => r.share_link_id))
      const byId = new Map(links.map((l) => [l.id, l]))
      for (const r of recorded) {
        const link = byId.get(r.share_link_id)
        if (!link) {
          continue
        }
        events.push({
          share_link_id: link.id,
          code: link.code,
          product_id: link.product_id,
          customer_id: link.customer_id ?? null,
          network: link.network,
          clicks: r.clicks,
          new_distinct_visitors: r.new_distinct_visitors,
          distinct_visitors_total: r.distinct_visitors_total,
          first_click_at: r.first_click_at.toISOString(),
        })
      }
    }
    return new StepResponse(events, written)
  },
  async (written, { container }) => {
    if (!written?.length) {
      return
    }
    const service = container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
    for (const batchId of written) {
      await service.deleteClickBatch(batchId)
    }
  }
)
