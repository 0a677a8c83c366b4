import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

export const LOW_RATING_TEMPLATE = "social-review-low-rating"

/**
 * This step builds the admin alert for a new review rated at or below
 * `reviews.lowRatingThreshold` (none for a higher rating, or a review that no longer exists). Each
 * notification carries an idempotency key per review and channel, so a redelivered event does not
 * alert twice. It writes nothing itself.
 */
export const buildLowRatingNotificationsStep = createStep(
  "build-low-rating-review-notifications",
  async (input: { review_id: string }, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const options = service.getReviewOptions()
    const [review] = await service.listProductReviews({ id: input.review_id }, { take: 1 })
    if (!review || review.rating > options.lowRatingThreshold) {
      return new StepResponse([] as SendNotificationsStepInput)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title"],
      filters: { id: review.product_id },
    })
    const productTitle = products[0]?.title ?? review.product_id
    const notifications: SendNotificationsStepInput = options.lowRatingChannels.map((channel) => ({
      to: options.lowRatingRecipient,
      channel,
      template: LOW_RATING_TEMPLATE,
      trigger_type: "social.review.created",
      resource_id: review.id,
      resource_type: "product_review",
      idempotency_key: `${LOW_RATING_TEMPLATE}:${review.id}:${channel}`,
      data: {
        title: `${review.rating}-star review of ${productTitle}`,
        description: `"${review.title}" — ${review.status === "pending" ? "waiting for moderation" : review.status}. Answer it from Social › Reviews.`,
        review_id: review.id,
        product_id: review.product_id,
        rating: review.rating,
        status: review.status,
      },
    }))
    return new StepResponse(notifications)
  }
)
