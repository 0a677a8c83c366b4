import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import { publishClaimedPost, type PublishOutcome } from "../lib/publisher"

export type PublishDuePostsInput = {
  /** Most posts one run takes (the rest wait for the next run). */
  limit?: number
  /** How long a claimed post is this worker's; after that another worker resumes it. */
  lease_ms?: number
}

/** Posts published at once by one run. */
const LANES = 4

/**
 * This step publishes the posts due when the run starts (and those a crashed worker left) through
 * their network's provider, four at a time. Each lane claims one post, publishes it, then claims
 * the next, until nothing due is left: a run keeps up with however many posts fall due (a fixed
 * batch a minute fell behind as soon as more were due), and a worker that dies holds only the
 * posts it was sending, not a whole batch waiting for its lease to run out. It has no
 * compensation: what went out on a platform cannot be taken back by a rollback, and each post's
 * state is recorded as it happens.
 */
export const publishDuePostsStep = createStep("publish-due-social-posts", async (input: PublishDuePostsInput, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const dueBy = new Date()
  const limit = input.limit ?? 1000
  const leaseMs = input.lease_ms ?? 5 * 60_000
  const outcomes: Record<PublishOutcome, number> = { published: 0, retry: 0, held: 0, failed: 0, lost: 0 }
  let claimed = 0
  await Promise.all(
    Array.from({ length: LANES }, async () => {
      while (claimed < limit) {
        const [post] = await service.claimDuePosts({ now: new Date(), dueBy, limit: 1, leaseMs })
        if (!post) return
        claimed++
        outcomes[await publishClaimedPost(container, post)]++
      }
    })
  )
  return new StepResponse({ claimed, ...outcomes })
})
