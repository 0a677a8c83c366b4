import { z } from "@medusajs/framework/zod"

export const AdminCreateBlocklistEntry = z
  .object({
    kind: z.enum(["email", "customer", "address"], { error: "must be one of email, customer, address" }),
    value: z.string().trim().min(1).max(500),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()

export const AdminListBlocklist = z
  .object({
    kind: z.enum(["email", "customer", "ip_ua", "address"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
