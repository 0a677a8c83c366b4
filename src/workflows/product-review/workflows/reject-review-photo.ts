import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteReviewPhotosStep } from "../steps/delete-review-photos"

export const rejectReviewPhotoWorkflowId = "reject-review-photo"

/**
 * This workflow rejects one photo of a review (any status): the file is deleted from the File
 * module and the photo leaves the review; the review itself stays as it is.
 *
 * @example
 * await rejectReviewPhotoWorkflow(container).run({ input: { review_id: "prev_1", media_id: "prmed_1" } })
 */
export const rejectReviewPhotoWorkflow = createWorkflow(
  rejectReviewPhotoWorkflowId,
  function (input: { review_id: string; media_id: string }) {
    return new WorkflowResponse(deleteReviewPhotosStep(input))
  }
)
