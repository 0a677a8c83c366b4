import { z } from "@medusajs/framework/zod"
import { GRANT_STATUSES } from "../../../../modules/social-reward/models/reward-grant"
import { listParams } from "../../../utils/list-query"

export const AdminListRewardGrants = z
  .object({
    status: z.enum(GRANT_STATUSES).optional(),
    customer_id: z.string().min(1).max(100).optional(),
    rule_id: z.string().min(1).max(100).optional(),
    ...listParams({ limit: 20, maxLimit: 100 }),
  })
  .strict()

/** The fields of `GET /admin/social/reward-grants` (Medusa's query config). */
export const rewardGrantFields = [
  "id",
  "status",
  "status_reason",
  "customer_id",
  "rule_id",
  "rule_version",
  "rule_snapshot",
  "source_type",
  "source_id",
  "order_id",
  "value",
  "currency_code",
  "hold_until",
  "promotion_id",
  "code",
  "expires_at",
  "issued_at",
  "revoked_at",
  "clawback_value",
  "signals",
  "created_at",
]
export const listRewardGrantsConfig = { defaults: rewardGrantFields, allowed: rewardGrantFields }

export type AdminListRewardGrantsType = z.infer<typeof AdminListRewardGrants>

export const AdminRevokeRewardGrant = z.object({ reason: z.string().trim().min(1).max(500) }).strict()

/** Approving takes no fields: a body with any is a 400 naming them. */
export const AdminApproveRewardGrant = z.object({}).strict()
