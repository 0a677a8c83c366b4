import { z } from "@medusajs/framework/zod"

/** Query of the stable card URL. Currency and locale are checked against the store in the handler. */
export const cardQuerySchema = z
  .object({
    variant_id: z.string().min(1).max(100).optional(),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, "must be an ISO 4217 code such as eur")
      .optional(),
    locale: z.string().min(2).max(35).optional(),
  })
  .strict()

export type CardQuery = z.infer<typeof cardQuerySchema>
