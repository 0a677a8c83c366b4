import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../utils/validation"
import { cardQuerySchema } from "./validators"

// Opened directly by browsers and crawlers: no publishable key, no auth.
export const socialCardsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/social/cards/:product_id/:format",
    middlewares: [validateQuery(cardQuerySchema)],
  },
]
