import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { voteProductReviewHelpfulWorkflow } from "../../../../../../workflows/product-review/workflows/vote-product-review-helpful"
import type { StoreHelpfulVoteType } from "../../validators"
import { voterKeys } from "../../../../../utils/voter"

/**
 * Marks an approved review as helpful, once per voter (`voterKeys`: the customer, or a guest's
 * network and visitor id). `created` says whether this vote counted.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreHelpfulVoteType>, res: MedusaResponse) {
  const voter = voterKeys(req, req.validatedBody.visitor_id)
  const { result } = await voteProductReviewHelpfulWorkflow(req.scope).run({
    input: { review_id: req.params.id, ...voter },
  })
  res.json(result)
}
