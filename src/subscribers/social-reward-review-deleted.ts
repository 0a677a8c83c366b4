import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents, type ReviewDeletedEvent } from "../lib/events"
import { revokeRewardGrantsWorkflow } from "../workflows/social-reward/workflows/revoke-reward-grants"
import { UNPAID_STATUSES } from "../workflows/social-reward/steps/revoke-reward-grants"

/**
 * A review deleted by its author takes back its reward while it is not paid out yet (held,
 * waiting for review, or being issued). An issued code stays the customer's. Delivered twice,
 * the second run finds nothing left to revoke.
 */
export default async function rewardReviewDeleted({ event, container }: SubscriberArgs<ReviewDeletedEvent>) {
  await revokeRewardGrantsWorkflow(container).run({
    input: { source: { type: "review", id: event.data.id }, statuses: UNPAID_STATUSES, reason: "review deleted" },
  })
}

export const config: SubscriberConfig = { event: SocialEvents.REVIEW_DELETED, context: { subscriberId: "social-reward-review-deleted" } }
