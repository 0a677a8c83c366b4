import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_REQUEST_MODULE } from "../../../../modules/review-request"
import type ReviewRequestModuleService from "../../../../modules/review-request/service"
import type { AdminListReviewRequestsQueryType } from "./validators"

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/** Review requests, newest first, with the figures over all of them (per status, conversion rate). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as AdminListReviewRequestsQueryType
  const service = req.scope.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE)
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (q.order_id) filters.order_id = q.order_id
  const [[rows, count], stats] = await Promise.all([
    service.listAndCountReviewRequests(filters, { relations: ["items"], order: { created_at: "DESC", id: "DESC" }, skip: q.offset, take: q.limit }),
    service.requestStats(),
  ])
  res.json({
    review_requests: rows.map((r) => ({
      id: r.id,
      order_id: r.order_id,
      customer_id: r.customer_id ?? null,
      email: r.email ?? null,
      country_code: r.country_code ?? null,
      status: r.status,
      skip_reason: r.skip_reason ?? null,
      shipped_at: iso(r.shipped_at),
      delivered_at: iso(r.delivered_at),
      due_at: iso(r.due_at),
      sent_at: iso(r.sent_at),
      reminder_due_at: iso(r.reminder_due_at),
      reminded_at: iso(r.reminded_at),
      created_at: iso(r.created_at),
      items: r.items.map((i) => ({
        id: i.id,
        product_id: i.product_id,
        title: i.title,
        status: i.status,
        review_id: i.review_id ?? null,
        reviewed_at: iso(i.reviewed_at),
      })),
    })),
    count,
    offset: q.offset,
    limit: q.limit,
    stats,
  })
}
