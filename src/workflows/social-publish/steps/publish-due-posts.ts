import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import { publishClaimedPost, type PublishOutcome } from "../lib/publisher"

export type PublishDuePostsInput = {
  /** Most posts one run takes (the rest wait for the next run, a minute later). */
  limit?: number
  /** How long a claimed post is this worker's; after that another worker resumes it. */
  lease_ms?: number
}

/**
 * This step claims the posts due now (and those a crashed worker left) and publishes them through
 * their network's provider, a few at a time. It has no compensation: what went out on a platform
 * cannot be taken back by a rollback, and each post's state is recorded as it happens.
 */
export const publishDuePostsStep = createStep("publish-due-social-posts", async (input: PublishDuePostsInput, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const posts = await service.claimDuePosts({ now: new Date(), limit: input.limit ?? 50, leaseMs: input.lease_ms ?? 5 * 60_000 })
  const outcomes: Record<PublishOutcome, number> = { published: 0, retry: 0, held: 0, failed: 0, lost: 0 }
  const queue = [...posts]
  // Four at a time: the platforms' per-account limits are far above a minute's posts.
  await Promise.all(
    Array.from({ length: Math.min(4, queue.length) }, async () => {
      for (let post = queue.shift(); post; post = queue.shift()) {
        outcomes[await publishClaimedPost(container, post)]++
      }
    })
  )
  return new StepResponse({ claimed: posts.length, ...outcomes })
})
