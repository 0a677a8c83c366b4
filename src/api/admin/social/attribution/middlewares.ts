import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validation"
import { AdminAttributionReportQuery } from "./validators"

export const adminSocialAttributionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/social/attribution/report",
    middlewares: [validateQuery(AdminAttributionReportQuery)],
  },
]
