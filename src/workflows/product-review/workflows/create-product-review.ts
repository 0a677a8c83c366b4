import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type ReviewApprovedEvent, type ReviewCreatedEvent } from "../../../lib/events"
import { validateNewReviewStep } from "../steps/validate-new-review"
import { uploadReviewPhotosStep } from "../steps/upload-review-photos"
import { reencodeReviewPhotosStep, type ReviewPhotoUpload } from "../steps/reencode-review-photos"
import { createReviewStep } from "../steps/create-review"

export const createProductReviewWorkflowId = "create-product-review"

export type CreateProductReviewInput = {
  customer_id: string
  product_id: string
  rating: number
  title: string
  body: string
  /** The reviewer's consent to be quoted in the shop's social posts (false unless given). */
  social_consent?: boolean
  /**
   * Photos as the shopper sent them (base64 of the bytes, any accepted format): the workflow
   * re-encodes them (step reencode-review-photos) before anything is stored.
   */
  photos?: ReviewPhotoUpload[]
}

/**
 * This workflow writes a customer's review: it checks the purchase (or the `allowUnverified`
 * option), refuses a second review of the same product, re-encodes the photos and stores them
 * through the File module (private until the review is approved), then the review, pending moderation unless `autoApprove` is set. It emits `social.review.created`,
 * and `social.review.approved` at once when the review is auto-approved. A failure after the upload
 * deletes the uploaded files.
 *
 * @example
 * const { result } = await createProductReviewWorkflow(container).run({
 *   input: { customer_id: "cus_1", product_id: "prod_1", rating: 5, title: "Great", body: "Fits well." },
 * })
 */
export const createProductReviewWorkflow = createWorkflow(
  createProductReviewWorkflowId,
  function (input: CreateProductReviewInput) {
    const facts = validateNewReviewStep({ customer_id: input.customer_id, product_id: input.product_id })
    const encoded = reencodeReviewPhotosStep(transform({ input }, ({ input }) => input.photos ?? []))
    const uploaded = uploadReviewPhotosStep(
      transform({ encoded, facts }, ({ encoded, facts }) => ({ photos: encoded, is_public: facts.status === "approved" }))
    )
    const created = createReviewStep(
      transform({ input, facts, uploaded }, ({ input, facts, uploaded }) => ({
        customer_id: input.customer_id,
        product_id: input.product_id,
        rating: input.rating,
        title: input.title,
        body: input.body,
        social_consent: input.social_consent ?? false,
        facts,
        photos: uploaded,
      }))
    )
    const createdEvent = transform({ input, facts, created }, ({ input, facts, created }): ReviewCreatedEvent => ({
      id: created.id,
      product_id: input.product_id,
      rating: input.rating,
      status: facts.status,
    }))
    emitEventStep({ eventName: SocialEvents.REVIEW_CREATED, data: createdEvent }).config({ name: "emit-review-created" })

    when({ facts }, ({ facts }) => facts.status === "approved").then(() => {
      const approved = transform({ input, facts, created, uploaded }, (d): ReviewApprovedEvent => ({
        id: d.created.id,
        product_id: d.input.product_id,
        customer_id: d.input.customer_id,
        verified_purchase: d.facts.verified_purchase,
        has_media: d.uploaded.length > 0,
        order_id: d.facts.order_id,
        order_line_item_id: d.facts.order_line_item_id,
      }))
      emitEventStep({ eventName: SocialEvents.REVIEW_APPROVED, data: approved }).config({ name: "emit-review-auto-approved" })
    })
    return new WorkflowResponse(created)
  }
)
