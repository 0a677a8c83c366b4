import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { validateBody } from "../../../utils/validation"
import { StoreBindTouches, StoreCreateTouch } from "./validators"

// A shopper may be logged in or a guest: the customer, when known, is bound to the touch.
const optionalCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeSocialTouchesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/social/touches",
    middlewares: [optionalCustomer, rateLimit("touches"), validateBody(StoreCreateTouch)],
  },
  {
    method: ["POST"],
    matcher: "/store/social/touches/bind",
    middlewares: [optionalCustomer, rateLimit("touches"), validateBody(StoreBindTouches)],
  },
]
