import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

type UpdateProductReview = {
  id: string
  rating?: number
  title?: string
  body?: string
  social_consent?: boolean
  status?: "pending"
  rejection_reason?: null
  moderated_at?: null
  moderated_by?: null
}
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"

export type UpdateOwnReviewInput = {
  id: string
  customer_id: string
  rating?: number
  title?: string
  body?: string
  social_consent?: boolean
}

/**
 * This step changes a customer's own review. Another customer's review answers 404, as if it did
 * not exist. An edited rating or text goes back to moderation unless reviews are auto-approved
 * (settings `review_auto_approve`, by default the `reviews.autoApprove` option); the consent to be
 * quoted alone does not (nothing a moderator reads changed). Its compensation restores the fields
 * as they were.
 */
export const updateOwnReviewStep = createStep(
  "update-own-product-review",
  async (input: UpdateOwnReviewInput, { container }) => {
    const service = container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const [review] = await service.listProductReviews({ id: input.id, customer_id: input.customer_id }, { take: 1 })
    if (!review) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review "${input.id}" not found`)
    }
    const settings = await container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getEffectiveSettings()
    const autoApprove = settings.review_auto_approve
    const before = {
      id: review.id,
      rating: review.rating,
      title: review.title,
      body: review.body,
      social_consent: review.social_consent,
      status: review.status,
      rejection_reason: review.rejection_reason,
      moderated_at: review.moderated_at,
      moderated_by: review.moderated_by,
    }
    const changes: UpdateProductReview = { id: review.id }
    if (input.rating !== undefined) changes.rating = input.rating
    if (input.title !== undefined) changes.title = input.title
    if (input.body !== undefined) changes.body = input.body
    if (input.social_consent !== undefined) changes.social_consent = input.social_consent
    const textChanged = input.rating !== undefined || input.title !== undefined || input.body !== undefined
    if (textChanged && !autoApprove) {
      Object.assign(changes, { status: "pending", rejection_reason: null, moderated_at: null, moderated_by: null })
    }
    await service.updateProductReviews(changes)
    return new StepResponse({ id: review.id }, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).updateProductReviews(before)
  }
)
