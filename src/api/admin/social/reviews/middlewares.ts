import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validation"
import { AdminEmpty, AdminListReviewsQuery, AdminRejectReview, AdminRespondToReview } from "./validators"

export const adminSocialReviewsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/social/reviews", middlewares: [validateQuery(AdminListReviewsQuery)] },
  { method: ["POST"], matcher: "/admin/social/reviews/:id/approve", middlewares: [validateBody(AdminEmpty)] },
  { method: ["POST"], matcher: "/admin/social/reviews/:id/reject", middlewares: [validateBody(AdminRejectReview)] },
  { method: ["POST"], matcher: "/admin/social/reviews/:id/response", middlewares: [validateBody(AdminRespondToReview)] },
]
