import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE, reviewOrder } from "../../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../../modules/product-review/service"
import { presentStoreReview, REVIEW_RELATIONS, type ReviewRow } from "../../../reviews/present"
import type { StoreListReviewsQueryType } from "../../../reviews/validators"

/**
 * The approved reviews of a product, a page at a time, with the product's stats (over all approved
 * reviews, whatever the filters).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as StoreListReviewsQueryType
  const service = req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const productId = req.params.id
  const filters: Record<string, unknown> = { product_id: productId, status: "approved" }
  if (q.rating) {
    filters.rating = q.rating
  }
  if (q.verified) {
    filters.verified_purchase = q.verified === "true"
  }
  if (q.with_photos) {
    filters.has_media = q.with_photos === "true"
  }
  const [[reviews, count], stats] = await Promise.all([
    service.listAndCountProductReviews(filters, {
      relations: REVIEW_RELATIONS,
      order: reviewOrder(q.sort),
      skip: q.offset,
      take: q.limit,
    }),
    service.getProductReviewStats([productId]),
  ])
  res.json({
    reviews: reviews.map((r) => presentStoreReview(r as unknown as ReviewRow)),
    count,
    offset: q.offset,
    limit: q.limit,
    sort: q.sort,
    stats: stats[productId],
  })
}
