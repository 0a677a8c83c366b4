import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { validateQuery } from "../../../utils/validation"
import { AdminSocialOverviewQuery } from "./validators"

// Two periods of grouped queries over every ledger: the report's budget.
export const adminSocialOverviewMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/social/overview",
    middlewares: [rateLimit("report"), validateQuery(AdminSocialOverviewQuery)],
  },
]
