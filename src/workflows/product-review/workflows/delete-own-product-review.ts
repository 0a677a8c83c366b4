import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type ReviewDeletedEvent } from "../../../lib/events"
import { deleteOwnReviewStep, deleteReviewPhotoFilesStep } from "../steps/delete-own-review"

export const deleteOwnProductReviewWorkflowId = "delete-own-product-review"

/**
 * This workflow lets a customer delete their own review (soft delete), emits
 * `social.review.deleted` (the rewards capability revokes the review's grant while it is still
 * held) and deletes its photos from the File module.
 */
export const deleteOwnProductReviewWorkflow = createWorkflow(
  deleteOwnProductReviewWorkflowId,
  function (input: { id: string; customer_id: string }) {
    const deleted = deleteOwnReviewStep(input)
    emitEventStep({
      eventName: SocialEvents.REVIEW_DELETED,
      data: transform({ deleted, input }, ({ deleted, input }): ReviewDeletedEvent => ({
        id: deleted.id,
        product_id: deleted.product_id,
        // The step deleted it only because it is this customer's.
        customer_id: input.customer_id,
      })),
    })
    const files = deleteReviewPhotoFilesStep(transform({ deleted }, ({ deleted }) => deleted.file_ids))
    return new WorkflowResponse(transform({ deleted, files }, ({ deleted, files }) => ({ id: deleted.id, deleted: true, photos_deleted: files })))
  }
)
