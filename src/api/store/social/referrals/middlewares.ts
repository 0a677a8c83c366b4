import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { rateLimit } from "../../../utils/rate-limit"
import { validateBody } from "../../../utils/validation"

export const StoreClaimReferral = z
  .object({ code: z.string().trim().min(4).max(40).regex(/^[A-Za-z0-9-]+$/, "must be letters, digits and dashes") })
  .strict()

const customerAuth = authenticate("customer", ["session", "bearer"])

export const storeSocialRewardMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/social/me/rewards", middlewares: [customerAuth] },
  { method: ["GET"], matcher: "/store/social/me/referral", middlewares: [customerAuth] },
  { method: ["POST"], matcher: "/store/social/referrals/claim", middlewares: [customerAuth, rateLimit("referralClaim"), validateBody(StoreClaimReferral)] },
]
