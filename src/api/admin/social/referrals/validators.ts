import { z } from "@medusajs/framework/zod"
import { REFERRAL_STATUSES } from "../../../../modules/social-reward/lib/vocabulary"

export const AdminListReferrals = z
  .object({
    status: z.enum(REFERRAL_STATUSES).default("needs_review"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminDecideReferral = z
  .object({
    note: z.string().trim().max(500).optional(),
    /** On reject: also blocklist the friend (customer, normalised email, IP+UA hash). */
    block: z.boolean().optional(),
  })
  .strict()
