import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_SHARE_MODULE } from "../../../modules/social-share"
import type SocialShareModuleService from "../../../modules/social-share/service"
import type { ClickBatch } from "../../../modules/social-share/lib/click-buffer"

/** This step forgets the recorded batches in Redis (the last step: nothing to undo). */
export const ackShareClicksStep = createStep("ack-share-clicks", async (batches: ClickBatch[], { container }) => {
  const service = container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
  await service.ackClicks(batches.map((b) => ({ batch_id: b.batch_id, source: b.source })))
  return new StepResponse(batches.length)
})
