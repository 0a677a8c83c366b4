import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { REVIEW_CREATED, type ReviewCreatedEvent } from "../workflows/product-review/workflows/create-product-review"
import { notifyLowRatingReviewWorkflow } from "../workflows/product-review/workflows/notify-low-rating-review"

/** A new review: alert the admin when its rating is low (the workflow decides). */
export default async function productReviewCreated({ event, container }: SubscriberArgs<ReviewCreatedEvent>) {
  await notifyLowRatingReviewWorkflow(container).run({ input: { review_id: event.data.id } })
}

export const config: SubscriberConfig = { event: REVIEW_CREATED }
