import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import type { ComposedPostRow } from "./compose-post"

/** This step stores a composed post. Its compensation deletes it. */
export const createPostStep = createStep(
  "create-social-post",
  async (row: ComposedPostRow, { container }) => {
    const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
    await service.createSocialPublishPosts(row)
    // Read back: the created entity lacks the columns left to their defaults.
    return new StepResponse(await service.retrieveSocialPublishPost(row.id), row.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE).deleteSocialPublishPosts(id)
    }
  }
)
