import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import { deleteOwnProductReviewWorkflow } from "../../../../../workflows/product-review/workflows/delete-own-product-review"
import { updateOwnProductReviewWorkflow } from "../../../../../workflows/product-review/workflows/update-own-product-review"
import { presentStoreReview, REVIEW_RELATIONS, type ReviewRow } from "../present"
import type { StoreUpdateReviewType } from "../validators"

/** Edits the logged-in customer's own review (404 for anyone else's). */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateReviewType>, res: MedusaResponse) {
  const { result } = await updateOwnProductReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  const review = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .retrieveProductReview(result.id, { relations: REVIEW_RELATIONS })
  res.json({ review: presentStoreReview(review as unknown as ReviewRow, { includeStatus: true }) })
}

/** Deletes the logged-in customer's own review (404 for anyone else's). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteOwnProductReviewWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ id: req.params.id, object: "product_review", deleted: true })
}
