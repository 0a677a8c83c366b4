import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import { displayName } from "../../../../../modules/product-review/lib/verification"
import { assessNewReview } from "../../../../../workflows/product-review/steps/validate-new-review"
import { resolveReviewToken } from "../../../../../workflows/review-request/resolve-token"
import { submitRequestedReviewWorkflow } from "../../../../../workflows/review-request/workflows/submit-requested-review"
import { presentStoreReview, REVIEW_RELATIONS, type ReviewRow } from "../../reviews/present"
import type { StoreRequestedReviewType } from "../validators"

type UploadedFile = { originalname: string; buffer: Buffer }

/**
 * What a review link asks about: the product line and the buyer's display name, so the storefront
 * can greet them without a login. 401 forged, 400 expired, 422 already reviewed.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { item, request } = await resolveReviewToken(req.scope, req.params.token)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: ["first_name", "last_name"], filters: { id: request.customer_id } })
  const c = customers[0] as { first_name?: string | null; last_name?: string | null } | undefined
  res.json({
    review_request: {
      item: { product_id: item.product_id, title: item.title, image: item.thumbnail },
      author_name: displayName(c?.first_name, c?.last_name),
      expires_at: item.expires_at,
    },
  })
}

/**
 * Writes the review a link asks for, without a login, as the order's customer and of that line's
 * product only (JSON, or multipart with `photos`, as `POST /store/social/reviews`). The link and
 * the review's eligibility are checked before any photo is decoded; the workflow checks again.
 */
export async function POST(req: MedusaRequest<StoreRequestedReviewType>, res: MedusaResponse) {
  const { item, request } = await resolveReviewToken(req.scope, req.params.token)
  const service = req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const files = (req as unknown as { files?: UploadedFile[] }).files ?? []
  if (files.length) {
    await assessNewReview(req.scope, { customer_id: request.customer_id, product_id: item.product_id })
  }
  // As sent: the review workflow re-encodes them (step reencode-review-photos).
  const photos = files.map((f) => ({ content: f.buffer.toString("base64") }))
  const { result } = await submitRequestedReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, token: req.params.token, photos },
  })
  const review = await service.retrieveProductReview(result.id, { relations: REVIEW_RELATIONS })
  res.status(201).json({ review: presentStoreReview(review as unknown as ReviewRow, { includeStatus: true }) })
}
