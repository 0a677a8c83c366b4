import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { validateQuery } from "../../utils/validation"

export const SocialRssParams = z
  .object({
    sales_channel_id: z.string().trim().min(1).max(100).optional(),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, "must be an ISO 4217 code like eur")
      .optional(),
  })
  .strict()

export type SocialRssParamsType = z.infer<typeof SocialRssParams>

export const socialRssMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/social/rss/products.xml", middlewares: [validateQuery(SocialRssParams)] },
]
