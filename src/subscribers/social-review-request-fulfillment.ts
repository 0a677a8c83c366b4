import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { scheduleReviewRequestWorkflow } from "../workflows/review-request/workflows/schedule-review-request"

/** A fulfillment shipped or delivered: schedule (or bring forward) its order's review request. */
export default async function socialReviewRequestFulfillment({ event, container }: SubscriberArgs<{ id: string }>) {
  await scheduleReviewRequestWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: [FulfillmentWorkflowEvents.SHIPMENT_CREATED, FulfillmentWorkflowEvents.DELIVERY_CREATED],
  context: { subscriberId: "social-review-request-fulfillment" },
}
