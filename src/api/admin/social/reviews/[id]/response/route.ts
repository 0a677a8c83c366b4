import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondToProductReviewWorkflow } from "../../../../../../workflows/product-review/workflows/respond-to-product-review"
import { presentAdminReview } from "../../present"
import type { AdminRespondToReviewType } from "../../validators"

/** Writes or replaces the merchant's public reply to a review. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRespondToReviewType>, res: MedusaResponse) {
  await respondToProductReviewWorkflow(req.scope).run({
    input: { review_id: req.params.id, body: req.validatedBody.body, author_id: req.auth_context.actor_id },
  })
  res.json({ review: await presentAdminReview(req.scope, req.params.id) })
}
