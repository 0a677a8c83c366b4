import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_SHARE_MODULE } from "../../../modules/social-share"
import type SocialShareModuleService from "../../../modules/social-share/service"

/**
 * This step takes the buffered clicks (this process' memory, and every pending Redis batch it can
 * lock). Its compensation hands them back, so a failed flush loses no click.
 */
export const drainShareClicksStep = createStep(
  "drain-share-clicks",
  async (_: void, { container }) => {
    const service = container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
    const batches = await service.drainClicks()
    return new StepResponse(batches, batches)
  },
  async (batches, { container }) => {
    if (!batches?.length) {
      return
    }
    await container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).restoreClicks(batches)
  }
)
