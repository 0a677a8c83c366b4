import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { validateQuery } from "../../../utils/validation"
import { AdminAttributionReportQuery } from "./validators"

export const adminSocialAttributionMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/social/attribution/report",
    middlewares: [rateLimit("report"), validateQuery(AdminAttributionReportQuery)],
  },
]
