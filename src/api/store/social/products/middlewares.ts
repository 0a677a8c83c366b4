import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { validateQuery } from "../../../utils/validation"
import { StoreSocialProductShareParams } from "./validators"

/**
 * Medusa's locale middleware takes `?locale=` out of the query of every /store route and keeps it
 * (normalised) as `req.locale`; put it back so that it is validated with the other parameters.
 */
function restoreLocale(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const locale = (req as unknown as { locale?: string }).locale
  if (locale && req.query.locale === undefined) {
    req.query.locale = locale
  }
  next()
}

export const storeSocialProductsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/social/products/:id/share",
    middlewares: [
      // A logged-in customer becomes the sharer; anyone else gets the anonymous links.
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      rateLimit("share"),
      restoreLocale,
      validateQuery(StoreSocialProductShareParams),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/social/products/:id/meta",
    middlewares: [restoreLocale, validateQuery(StoreSocialProductShareParams)],
  },
]
