import { z } from "@medusajs/framework/zod"
import { nullableTimestamp, offsetPage, timestamp } from "../../../openapi/common"

export const AdminRewardGrant = z
  .object({
    id: z.string(),
    status: z.string(),
    status_reason: z.string().nullable(),
    customer_id: z.string(),
    rule_id: z.string(),
    rule_version: z.number().int(),
    rule_snapshot: z.record(z.string(), z.unknown()),
    source_type: z.string(),
    source_id: z.string(),
    order_id: z.string().nullable(),
    value: z.number(),
    currency_code: z.string().nullable(),
    hold_until: timestamp,
    promotion_id: z.string().nullable(),
    code: z.string().nullable(),
    expires_at: nullableTimestamp,
    issued_at: nullableTimestamp,
    revoked_at: nullableTimestamp,
    clawback_value: z.number().nullable(),
    signals: z.unknown(),
    created_at: timestamp,
  })
  .strict()

export const AdminRewardGrantResponse = z.object({ reward_grant: AdminRewardGrant }).strict()
// A list answers the fields `fields` asked for (the id always).
export const AdminListRewardGrantsResponse = z.object({ reward_grants: z.array(AdminRewardGrant.partial().required({ id: true })), ...offsetPage }).strict()
