import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validation"
import { AdminSocialOverviewQuery } from "./validators"

export const adminSocialOverviewMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/social/overview",
    middlewares: [validateQuery(AdminSocialOverviewQuery)],
  },
]
