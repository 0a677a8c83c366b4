import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents, type ReviewCreatedEvent } from "../lib/events"
import { notifyLowRatingReviewWorkflow } from "../workflows/product-review/workflows/notify-low-rating-review"

/** A new review: alert the admin when its rating is low (the workflow decides). */
export default async function productReviewCreated({ event, container }: SubscriberArgs<ReviewCreatedEvent>) {
  await notifyLowRatingReviewWorkflow(container).run({ input: { review_id: event.data.id } })
}

export const config: SubscriberConfig = { event: SocialEvents.REVIEW_CREATED }
