import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectReviewPhotoWorkflow } from "../../../../../../../../workflows/product-review/workflows/reject-review-photo"
import { presentAdminReview } from "../../../../present"

/** Removes one photo of a review (its file is deleted); the review keeps its status. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await rejectReviewPhotoWorkflow(req.scope).run({ input: { review_id: req.params.id, media_id: req.params.media_id } })
  res.json({ review: await presentAdminReview(req.scope, req.params.id) })
}
