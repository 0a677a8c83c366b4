import type { MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { validateBody } from "../../../utils/validation"
import { acceptPhotos, coerceFormFields, validateWithOptions } from "../reviews/middlewares"
import { storeRequestedReviewSchema, StoreUnsubscribeBody } from "./validators"

// No login: the signed token in the path is the credential. Writes share the review budget.
export const storeReviewRequestsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/social/review-requests/:token",
    middlewares: [rateLimit("reviewWrite"), acceptPhotos(), coerceFormFields, validateWithOptions(storeRequestedReviewSchema)],
  },
  {
    method: ["POST"],
    matcher: "/store/social/review-requests/:token/unsubscribe",
    middlewares: [rateLimit("reviewWrite"), validateBody(StoreUnsubscribeBody)],
  },
]
