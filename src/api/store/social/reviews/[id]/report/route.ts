import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportProductReviewWorkflow } from "../../../../../../workflows/product-review/workflows/report-product-review"
import type { StoreReportReviewType } from "../../validators"
import { voterKeys } from "../../../../../utils/voter"

/**
 * Reports a published review for moderation, once per shopper (the customer, or a guest's network
 * and visitor id): a second report by the same shopper changes nothing (`created: false`).
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreReportReviewType>, res: MedusaResponse) {
  const keys = voterKeys(req, req.validatedBody.visitor_id)
  const { result } = await reportProductReviewWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      reason: req.validatedBody.reason,
      comment: req.validatedBody.comment ?? null,
      // A guest reports once per network (as a vote counts once per network): a new visitor id
      // on the same network does not file a second report.
      reporter_key: keys.voter_key,
      customer_id: keys.customer_id,
    },
  })
  res.status(result.created ? 201 : 200).json(result)
}
