import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveReviewToken } from "../../../../../../workflows/review-request/resolve-token"
import { unsubscribeReviewRequestsWorkflow } from "../../../../../../workflows/review-request/workflows/unsubscribe-review-requests"

/**
 * Unsubscribes the link's customer from review requests (this order's and every later one).
 * Works after the link was used for a review; a forged or expired link is refused.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { request } = await resolveReviewToken(req.scope, req.params.token, { allowReviewed: true })
  await unsubscribeReviewRequestsWorkflow(req.scope).run({ input: { customer_id: request.customer_id, request_id: request.id } })
  res.json({ unsubscribed: true })
}
