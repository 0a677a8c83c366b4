import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectProductReviewWorkflow } from "../../../../../../workflows/product-review/workflows/reject-product-review"
import { presentAdminReview } from "../../present"
import type { AdminRejectReviewType } from "../../validators"

/** Rejects a review with a neutral reason (never its rating). */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectReviewType>, res: MedusaResponse) {
  const { result } = await rejectProductReviewWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
  })
  res.json({ review: await presentAdminReview(req.scope, req.params.id), changed: result.changed })
}
