import { z } from "@medusajs/framework/zod"

/** Query of the share bundle and meta routes. Strict: an unknown parameter is a 400. */
export const StoreSocialProductShareParams = z
  .object({
    variant_id: z.string().trim().min(1).max(100).optional(),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, "must be an ISO 4217 code like eur")
      .optional(),
    locale: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?$/, "must be a locale like en-US")
      .optional(),
  })
  .strict()

export type StoreSocialProductShareParamsType = z.infer<typeof StoreSocialProductShareParams>
