import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { markValidator, validateQuery } from "../../utils/validation"
import { cardQuerySchema } from "./validators"

const validateCardQuery = validateQuery(cardQuerySchema)

// Opened directly by browsers and crawlers: no publishable key, no auth. The matcher also matches
// the immutable URL (/social/cards/i/<hash>.png), whose query string means nothing: a cache-busting
// parameter added by some proxy must not turn a cached image into a 400.
export const socialCardsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/social/cards/:product_id/:format",
    middlewares: [
      markValidator(
        (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
          req.params.product_id === "i" ? next() : validateCardQuery(req, res, next),
        { target: "query", schema: cardQuerySchema }
      ),
    ],
  },
]
