import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductReviewWorkflow } from "../../product-review/workflows/create-product-review"
import type { ReviewPhotoUpload } from "../../product-review/steps/reencode-review-photos"
import { resolveReviewTokenStep } from "../steps/resolve-review-token"
import { markRequestItemReviewedStep } from "../steps/mark-request-item-reviewed"

export const submitRequestedReviewWorkflowId = "submit-requested-review"

export type SubmitRequestedReviewInput = {
  token: string
  rating: number
  title: string
  body: string
  /** The buyer lets the shop quote the review in its social posts (as on the store review route). */
  social_consent?: boolean
  photos?: ReviewPhotoUpload[]
}

/**
 * This workflow writes a review from a review-request link, without logging in: the token names
 * the order line, so the review is the order's customer's, of that line's product, and nothing
 * else. It runs the same `createProductReviewWorkflow` as the store route (purchase check,
 * one review per product, moderation, photos, events), then marks the line reviewed so the link
 * cannot be used again; if that fails the review and its photos are undone.
 */
export const submitRequestedReviewWorkflow = createWorkflow(submitRequestedReviewWorkflowId, function (input: SubmitRequestedReviewInput) {
  const resolved = resolveReviewTokenStep({ token: input.token })
  const created = createProductReviewWorkflow.runAsStep({
    input: transform({ input, resolved }, ({ input, resolved }) => ({
      customer_id: resolved.request.customer_id,
      product_id: resolved.item.product_id,
      rating: input.rating,
      title: input.title,
      body: input.body,
      social_consent: input.social_consent ?? false,
      photos: input.photos ?? [],
    })),
  })
  markRequestItemReviewedStep(
    transform({ resolved, created }, ({ resolved, created }) => ({
      item_id: resolved.item.id,
      review_id: created.id,
      request_status: resolved.request.status,
    }))
  )
  return new WorkflowResponse(created)
})
