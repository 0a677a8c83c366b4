import { z } from "@medusajs/framework/zod"
import { REFERRAL_STATUSES } from "../../../../modules/social-reward/lib/vocabulary"
import { listParams } from "../../../utils/list-query"

export const AdminListReferrals = z
  .object({
    status: z.enum(REFERRAL_STATUSES).default("needs_review"),
    ...listParams({ limit: 20, maxLimit: 100, oldestFirst: true }),
  })
  .strict()

/** The fields of `GET /admin/social/referrals` (Medusa's query config). */
export const referralFields = [
  "id",
  "code",
  "status",
  "referrer_customer_id",
  "friend_customer_id",
  "signals",
  "score",
  "order_id",
  "review_note",
  "created_at",
]
export const listReferralsConfig = { defaults: referralFields, allowed: referralFields }

export type AdminListReferralsType = z.infer<typeof AdminListReferrals>

export const AdminDecideReferral = z
  .object({
    note: z.string().trim().max(500).optional(),
    /** On reject: also blocklist the friend (customer, normalised email, IP+UA hash). */
    block: z.boolean().optional(),
  })
  .strict()
