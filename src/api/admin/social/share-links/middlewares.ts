import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validation"
import { AdminListShareLinksParams } from "./validators"

export const adminShareLinksMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/social/share-links",
    middlewares: [validateQuery(AdminListShareLinksParams)],
  },
]
