import { z } from "@medusajs/framework/zod"
import { offsetPage, timestamp } from "../../../openapi/common"

export const AdminReferral = z
  .object({
    id: z.string(),
    code: z.string(),
    status: z.string(),
    referrer_customer_id: z.string(),
    friend_customer_id: z.string(),
    signals: z.array(z.unknown()),
    score: z.number().nullable(),
    order_id: z.string().nullable(),
    review_note: z.string().nullable(),
    created_at: timestamp,
  })
  .strict()

export const AdminReferralResponse = z.object({ referral: AdminReferral }).strict()
// A list answers the fields `fields` asked for (the id always).
export const AdminListReferralsResponse = z.object({ referrals: z.array(AdminReferral.partial().required({ id: true })), ...offsetPage }).strict()
