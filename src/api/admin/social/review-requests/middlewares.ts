import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validation"
import { AdminListReviewRequestsQuery, AdminUpdateReviewRequestSettings } from "./validators"

export const adminReviewRequestsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/social/review-requests", middlewares: [validateQuery(AdminListReviewRequestsQuery)] },
  { method: ["POST"], matcher: "/admin/social/review-requests/settings", middlewares: [validateBody(AdminUpdateReviewRequestSettings)] },
]
