import { z } from "@medusajs/framework/zod"
import type { ZodOpenApiPathsObject } from "zod-openapi"
import { ErrorResponse } from "./common"

/**
 * The operations with a rate limit (src/api/utils/rate-limit.ts; budgets in the `rateLimits`
 * option) and their route key there. A card URL is limited only when it must render.
 */
export const RATE_LIMITED_OPERATIONS: Record<string, string> = {
  "post /store/social/touches": "touches",
  "post /store/social/touches/bind": "touches",
  "get /store/social/products/{id}/share": "share",
  "post /store/social/reviews": "reviewWrite",
  "post /store/social/reviews/{id}": "reviewWrite",
  "delete /store/social/reviews/{id}": "reviewWrite",
  "post /store/social/reviews/{id}/helpful": "helpfulVote",
  "post /store/social/reviews/{id}/report": "reviewReport",
  "post /store/social/referrals/claim": "referralClaim",
  "post /store/social/review-requests/{token}": "reviewWrite",
  "post /store/social/review-requests/{token}/unsubscribe": "reviewWrite",
  "post /store/social/products/{id}/questions": "questionWrite",
  "post /store/social/questions/{id}/answers": "questionWrite",
  "post /store/social/questions/{id}/helpful": "helpfulVote",
  "get /social/cards/{product_id}/{format}": "cardRender",
  "get /admin/social/attribution/report": "report",
  "get /admin/social/overview": "report",
  "post /admin/social/reward-rules/{id}/simulate": "report",
}

/** Adds the 429 (with `Retry-After`) to every rate-limited operation. */
export function withRateLimits(paths: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  for (const [key, budget] of Object.entries(RATE_LIMITED_OPERATIONS)) {
    const [method, path] = key.split(" ")
    const op = (paths[path] as Record<string, any> | undefined)?.[method]
    if (!op) continue
    op.responses["429"] = {
      description: `Over the \`${budget}\` rate limit (per customer when logged in, else per IPv4 /24 or IPv6 /64); nothing was done`,
      headers: { "Retry-After": { schema: z.string().meta({ description: "seconds", example: "42" }) } },
      content: {
        "application/json": {
          schema: ErrorResponse,
          example: { type: "not_allowed", code: "rate_limit_exceeded", message: "Too many requests: try again in 42 s" },
        },
      },
    }
  }
  return paths
}
