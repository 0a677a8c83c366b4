import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents, type ReviewApprovedEvent } from "../lib/events"
import { grantRewardsWorkflow } from "../workflows/social-reward/workflows/grant-rewards"
import { releaseDueRewardGrants } from "../workflows/social-reward/release-due-grants"

/** A review approved by moderation: grant by the rules (never by the rating), issue what has no hold. */
export default async function rewardReviewApproved({ event, container }: SubscriberArgs<ReviewApprovedEvent>) {
  const review = event.data
  const { result } = await grantRewardsWorkflow(container).run({
    input: {
      triggers: review.has_media ? ["review_approved", "review_with_photo_approved"] : ["review_approved"],
      customer_id: review.customer_id,
      source_type: "review",
      source_id: review.id,
      product_id: review.product_id,
      verified_purchase: review.verified_purchase,
      // The reviewed purchase: its cancel, return or refund revokes the reward (see the revoke step).
      order_id: review.order_id ?? null,
    },
  })
  const due = result.created.filter((g) => g.status === "held" && new Date(g.hold_until).getTime() <= Date.now())
  if (due.length) {
    await releaseDueRewardGrants(container, due.map((g) => g.id))
  }
}

export const config: SubscriberConfig = { event: SocialEvents.REVIEW_APPROVED, context: { subscriberId: "social-reward-review-approved" } }
