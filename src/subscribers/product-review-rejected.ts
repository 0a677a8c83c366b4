import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SocialEvents, type ReviewRejectedEvent } from "../lib/events"
import { notifyReviewRejectedWorkflow } from "../workflows/product-review/workflows/notify-review-rejected"

/** A rejected review: tell its author, in neutral words (the workflow builds the message). */
export default async function productReviewRejected({ event, container }: SubscriberArgs<ReviewRejectedEvent>) {
  await notifyReviewRejectedWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: SocialEvents.REVIEW_REJECTED, context: { subscriberId: "product-review-rejected" } }
