import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_SHARE_MODULE } from "../../../modules/social-share"
import type SocialShareModuleService from "../../../modules/social-share/service"
import type { ShareLinkRequest } from "../../../modules/social-share/service"

/**
 * This step returns the share link of each (sharer, product, network, locale, currency), creating the missing ones
 * with a fresh random code. Its compensation deletes only the links it created.
 */
export const getOrCreateShareLinksStep = createStep(
  "get-or-create-share-links",
  async (input: ShareLinkRequest[], { container }) => {
    const service = container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
    const { links, created } = await service.getOrCreateLinks(input)
    return new StepResponse(links, created)
  },
  async (created, { container }) => {
    if (!created?.length) {
      return
    }
    await container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).deleteCreatedLinks(created)
  }
)
