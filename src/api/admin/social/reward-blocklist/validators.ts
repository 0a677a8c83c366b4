import { z } from "@medusajs/framework/zod"
import { listParams } from "../../../utils/list-query"

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
    ...listParams({ limit: 50, maxLimit: 100 }),
  })
  .strict()

export type AdminListBlocklistType = z.infer<typeof AdminListBlocklist>

/** The fields of `GET /admin/social/reward-blocklist` (Medusa's query config). */
export const blocklistFields = ["id", "kind", "value", "reason", "created_at"]
export const listBlocklistConfig = { defaults: blocklistFields, allowed: blocklistFields }
