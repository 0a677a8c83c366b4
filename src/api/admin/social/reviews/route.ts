import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../modules/product-review/service"
import { ADMIN_REVIEW_RELATIONS, presentAdminReviews } from "./present"
import type { AdminListReviewsQueryType } from "./validators"

/** Reviews for moderation, filtered by status, rating, product, customer, verification. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as AdminListReviewsQueryType
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (q.product_id) filters.product_id = q.product_id
  if (q.customer_id) filters.customer_id = q.customer_id
  if (q.verified) filters.verified_purchase = q.verified === "true"
  if (q.rating) filters.rating = q.rating
  else if (q.max_rating) filters.rating = { $lte: q.max_rating }
  const field = q.order.replace(/^-/, "")
  const direction = q.order.startsWith("-") ? "DESC" : "ASC"
  const [reviews, count] = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .listAndCountProductReviews(filters, {
      relations: ADMIN_REVIEW_RELATIONS,
      order: { [field]: direction, id: "DESC" },
      skip: q.offset,
      take: q.limit,
    })
  res.json({ reviews: await presentAdminReviews(req.scope, reviews), count, offset: q.offset, limit: q.limit })
}
