import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../modules/product-review/service"
import { createProductReviewWorkflow } from "../../../../workflows/product-review/workflows/create-product-review"
import { decodeReviewPhotos, type UploadedFile } from "./photos"
import { presentStoreReview, REVIEW_RELATIONS } from "./present"
import type { StoreCreateReviewType } from "./validators"
import { assessNewReview } from "../../../../workflows/product-review/steps/validate-new-review"

/**
 * Writes the logged-in customer's review of a product. JSON, or multipart/form-data with the same
 * fields plus up to `reviews.maxPhotos` files in `photos`. Photos are re-encoded to JPEG here
 * (metadata dropped) before anything is stored; a photo that is not an image is a 400.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReviewType>, res: MedusaResponse) {
  const service = req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const options = service.getReviewOptions()
  const files = ((req as unknown as { files?: UploadedFile[] }).files ?? []) as UploadedFile[]
  if (files.length) {
    // Eligibility (reviews on, a purchase, no review yet) before any photo is decoded: a customer
    // who may not review this product never makes the server decode. The workflow checks again.
    await assessNewReview(req.scope, { customer_id: req.auth_context.actor_id, product_id: req.validatedBody.product_id })
  }

  const photos = await decodeReviewPhotos(options, files)

  const { result } = await createProductReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id, photos },
  })
  const review = await service.retrieveProductReview(result.id, { relations: REVIEW_RELATIONS })
  res.status(201).json({ review: presentStoreReview(review as any, { includeStatus: true }) })
}
