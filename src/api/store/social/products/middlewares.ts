import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validation"
import { StoreSocialProductShareParams } from "./validators"

export const storeSocialProductsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/social/products/:id/share",
    middlewares: [
      // A logged-in customer becomes the sharer; anyone else gets the anonymous links.
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateQuery(StoreSocialProductShareParams),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/social/products/:id/meta",
    middlewares: [validateQuery(StoreSocialProductShareParams)],
  },
]
