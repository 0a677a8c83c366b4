import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents, type RewardEvent } from "../lib/events"
import { markProductReviewIncentivizedWorkflow } from "../workflows/product-review/workflows/mark-product-review-incentivized"

/** A reward granted for a review makes that review incentivized (shown in the store API). */
export default async function productReviewRewardGranted({ event, container }: SubscriberArgs<RewardEvent>) {
  if (event.data.source_type !== "review") {
    return
  }
  await markProductReviewIncentivizedWorkflow(container).run({
    input: { review_id: event.data.source_id, grant_id: event.data.grant_id },
  })
}

export const config: SubscriberConfig = { event: SocialEvents.REWARD_GRANTED }
