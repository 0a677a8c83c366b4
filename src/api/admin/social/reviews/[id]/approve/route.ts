import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveProductReviewWorkflow } from "../../../../../../workflows/product-review/workflows/approve-product-review"
import { presentAdminReview } from "../../present"

/** Publishes a review; emits `social.review.approved` the first time only. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await approveProductReviewWorkflow(req.scope).run({
    input: { id: req.params.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ review: await presentAdminReview(req.scope, req.params.id), changed: result.changed })
}
