import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { REJECTION_REASON_TEXT, type RejectionReason } from "../../../modules/product-review/lib/vocabulary"
import type { ReviewRejectedEvent } from "../../../lib/events"

export const REVIEW_REJECTED_TEMPLATE = "social-review-rejected"

/**
 * This step builds the customer's notification of a rejected review: the product, and the reason
 * in neutral words (REJECTION_REASON_TEXT), never the rating. Its idempotency key names the one
 * moderation decision (review and moderation time), so a redelivered event does not notify
 * twice while a later rejection of the same review does. A customer without an email gets
 * nothing. It writes nothing itself.
 */
export const buildRejectionNotificationStep = createStep(
  "build-review-rejected-notification",
  async (event: ReviewRejectedEvent, { container }) => {
    if (!event.customer_id) {
      // An imported review whose author is not a customer here: no one to tell.
      return new StepResponse([] as SendNotificationsStepInput)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: customers }, { data: products }] = await Promise.all([
      query.graph({ entity: "customer", fields: ["id", "email", "first_name"], filters: { id: event.customer_id } }),
      query.graph({ entity: "product", fields: ["id", "title"], filters: { id: event.product_id } }),
    ])
    const customer = customers[0] as { id: string; email?: string | null; first_name?: string | null } | undefined
    if (!customer?.email) {
      return new StepResponse([] as SendNotificationsStepInput)
    }
    const product = (products[0] as { title?: string } | undefined)?.title ?? "the product"
    const because = REJECTION_REASON_TEXT[event.reason as RejectionReason] ?? "it does not follow our review guidelines"
    const notifications: SendNotificationsStepInput = [
      {
        to: customer.email,
        receiver_id: customer.id,
        channel: "email",
        template: REVIEW_REJECTED_TEMPLATE,
        trigger_type: "social.review.rejected",
        resource_id: event.id,
        resource_type: "product_review",
        idempotency_key: `${REVIEW_REJECTED_TEMPLATE}:${event.id}:${event.moderated_at ?? event.reason}`,
        data: {
          title: `Your review of ${product} was not published`,
          description: `We did not publish your review because ${because}. You can edit it and it will be checked again.`,
          review_id: event.id,
          product_id: event.product_id,
          product_title: product,
          reason: event.reason,
          reason_text: because,
        },
      },
    ]
    return new StepResponse(notifications)
  }
)
