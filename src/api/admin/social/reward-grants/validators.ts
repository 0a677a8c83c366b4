import { z } from "@medusajs/framework/zod"
import { GRANT_STATUSES } from "../../../../modules/social-reward/models/reward-grant"

export const AdminListRewardGrants = z
  .object({
    status: z.enum(GRANT_STATUSES).optional(),
    customer_id: z.string().min(1).max(100).optional(),
    rule_id: z.string().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminRevokeRewardGrant = z.object({ reason: z.string().trim().min(1).max(500) }).strict()

/** Approving takes no fields: a body with any is a 400 naming them. */
export const AdminApproveRewardGrant = z.object({}).strict()
