import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { voteProductReviewHelpfulWorkflow } from "../../../../../../workflows/product-review/workflows/vote-product-review-helpful"
import type { StoreHelpfulVoteType } from "../../validators"
import { reviewActorKeys } from "../../voter"

/**
 * Marks an approved review as helpful, once per voter (see `reviewActorKeys`: the customer, or a
 * guest's network and visitor id). `created` says whether this vote counted.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreHelpfulVoteType>, res: MedusaResponse) {
  const keys = reviewActorKeys(req, req.validatedBody.visitor_id)
  const { result } = await voteProductReviewHelpfulWorkflow(req.scope).run({
    input: { review_id: req.params.id, voter_key: keys.voter_key, visitor_key: keys.visitor_key, customer_id: keys.customer_id },
  })
  res.json(result)
}
