import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import type { AdminListReportsQueryType } from "../validators"

/**
 * The abuse-report queue: reports (open by default, oldest first: the longest waiting on top),
 * each with the reported review's summary, and for each review how many open reports it has.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as AdminListReportsQueryType
  const service = req.scope.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
  const [reports, count] = await service.listAndCountReviewReports(
    { resolved_at: q.status === "open" ? null : { $ne: null } },
    { order: { created_at: q.status === "open" ? "ASC" : "DESC", id: "ASC" }, skip: q.offset, take: q.limit }
  )
  const reviewIds = [...new Set(reports.map((r) => r.review_id))]
  const reviews = reviewIds.length ? await service.listProductReviews({ id: reviewIds }, { withDeleted: true }) : []
  const open = reviewIds.length ? await service.listReviewReports({ review_id: reviewIds, resolved_at: null }, { select: ["review_id"] }) : []
  const openCount = new Map<string, number>()
  for (const r of open) openCount.set(r.review_id, (openCount.get(r.review_id) ?? 0) + 1)
  const byId = new Map(reviews.map((r) => [r.id, r]))
  res.json({
    reports: reports.map((r) => {
      const review = byId.get(r.review_id)
      return {
        id: r.id,
        review_id: r.review_id,
        reason: r.reason,
        comment: r.comment,
        customer_id: r.customer_id,
        resolved_at: r.resolved_at,
        resolution: r.resolution,
        created_at: r.created_at,
        review: review
          ? { id: review.id, product_id: review.product_id, rating: review.rating, title: review.title, body: review.body, author_name: review.author_name, status: review.status, open_reports: openCount.get(review.id) ?? 0 }
          : null,
      }
    }),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}
