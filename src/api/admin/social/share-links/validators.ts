import { z } from "@medusajs/framework/zod"

export const AdminListShareLinksParams = z
  .object({
    product_id: z.string().trim().min(1).max(100).optional(),
    customer_id: z.string().trim().min(1).max(100).optional(),
    network: z.string().trim().min(1).max(30).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminListShareLinksParamsType = z.infer<typeof AdminListShareLinksParams>
