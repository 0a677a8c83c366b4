import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { validateQuery } from "../../../utils/validation"

/** Meta's subscription check: `hub.mode=subscribe`, the verify token entered in the app, and a challenge to echo. */
export const MetaWebhookChallenge = z
  .object({
    "hub.mode": z.literal("subscribe", { error: "must be subscribe" }),
    "hub.verify_token": z.string({ error: "is required" }).min(1).max(200),
    "hub.challenge": z.string({ error: "is required" }).min(1).max(200),
  })
  .strict()
export type MetaWebhookChallengeType = z.infer<typeof MetaWebhookChallenge>

export const socialWebhooksMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/social/webhooks/meta", middlewares: [validateQuery(MetaWebhookChallenge)] },
  // The signature is over the bytes Meta sent: keep them beside the parsed body.
  { method: ["POST"], matcher: "/social/webhooks/meta", bodyParser: { preserveRawBody: true, sizeLimit: "1mb" } },
]
