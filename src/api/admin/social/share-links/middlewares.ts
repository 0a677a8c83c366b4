import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateListQuery } from "../../../utils/list-query"
import { AdminListShareLinksParams, listShareLinksConfig } from "./validators"

export const adminShareLinksMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/social/share-links",
    middlewares: [validateListQuery(AdminListShareLinksParams, listShareLinksConfig)],
  },
]
