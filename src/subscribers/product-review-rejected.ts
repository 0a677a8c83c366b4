import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { REVIEW_REJECTED, type ReviewRejectedEvent } from "../workflows/product-review/workflows/moderate-product-review"
import { notifyReviewRejectedWorkflow } from "../workflows/product-review/workflows/notify-review-rejected"

/** A rejected review: tell its author, in neutral words (the workflow builds the message). */
export default async function productReviewRejected({ event, container }: SubscriberArgs<ReviewRejectedEvent>) {
  await notifyReviewRejectedWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = { event: REVIEW_REJECTED, context: { subscriberId: "product-review-rejected" } }
