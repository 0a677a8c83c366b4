import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import { UNANSWERED_CONTAINER, type default as SocialPublishModuleService } from "../../../modules/social-publish/service"
import type { ComposedPostRow } from "./compose-post"

/**
 * This step writes an edited post, only while it is still editable (a conditional update: a post
 * a worker picked up in the meantime is refused with 409, not changed under it). Its compensation
 * puts the earlier values back.
 */
export const updatePostStep = createStep(
  "update-social-post",
  async (row: ComposedPostRow, { container }) => {
    const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
    const before = await service.retrieveSocialPublishPost(row.id)
    // A post held because its last call got no answer: the admin who edits it has looked.
    const unmark = before.container_id === UNANSWERED_CONTAINER ? { container_id: null } : {}
    const updated = await service.updateEditablePost(row.id, { ...row, ...unmark, error_message: null, attempts: 0, next_attempt_at: null })
    if (!updated) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Post ${row.id} is ${before.status === "published" ? "published" : "being published"} and can no longer change`)
    }
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) {
      const { id, text, title, template, status, scheduled_at, time_zone, error_message, attempts, next_attempt_at, container_id } = before
      await container
        .resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
        .updateSocialPublishPosts({ id, text, title, template, status, scheduled_at, time_zone, error_message, attempts, next_attempt_at, container_id })
    }
  }
)
