import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../modules/product-review/service"
import { createProductReviewWorkflow } from "../../../../workflows/product-review/workflows/create-product-review"
import { presentStoreReview, REVIEW_RELATIONS, type ReviewRow } from "./present"
import type { StoreCreateReviewType } from "./validators"
import { assessNewReview } from "../../../../workflows/product-review/steps/validate-new-review"

type UploadedFile = { originalname: string; buffer: Buffer }

/**
 * Writes the logged-in customer's review of a product. JSON, or multipart/form-data with the same
 * fields plus up to `reviews.maxPhotos` files in `photos`. The workflow re-encodes the photos to
 * JPEG (metadata dropped) before anything is stored; a photo that is not an image is a 400.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReviewType>, res: MedusaResponse) {
  const files = (req as unknown as { files?: UploadedFile[] }).files ?? []
  if (files.length) {
    // Eligibility (reviews on, a purchase, no review yet) before any photo is decoded: a customer
    // who may not review this product never makes the server decode. The workflow checks again.
    await assessNewReview(req.scope, { customer_id: req.auth_context.actor_id, product_id: req.validatedBody.product_id })
  }
  const { result } = await createProductReviewWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      customer_id: req.auth_context.actor_id,
      photos: files.map((f) => ({ content: f.buffer.toString("base64") })),
    },
  })
  const review = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .retrieveProductReview(result.id, { relations: REVIEW_RELATIONS })
  res.status(201).json({ review: presentStoreReview(review as unknown as ReviewRow, { includeStatus: true }) })
}
