import { z } from "@medusajs/framework/zod"
import { nullableTimestamp, timestamp } from "../../../openapi/common"

export const StoreMyRewardsResponse = z
  .object({
    rewards: z.array(
      z
        .object({
          id: z.string(),
          status: z.enum(["held", "issued", "redeemed", "expired", "revoked", "pending"]),
          reward: z.object({ type: z.string(), value: z.number().nullable(), currency_code: z.string().nullable() }).strict(),
          reason: z.string().meta({ description: "what earned it: review, share_link, referral..." }),
          code: z.string().nullable().meta({ description: "the promotion code, once issued" }),
          expires_at: nullableTimestamp,
          available_at: nullableTimestamp.meta({ description: "when a held reward is issued" }),
          created_at: timestamp,
        })
        .strict()
    ),
    referral: z.object({ code: z.string(), link: z.string() }).strict().nullable(),
  })
  .strict()

export const StoreMyReferralResponse = z
  .object({
    referral: z
      .object({ code: z.string(), link: z.string(), friends_joined: z.number().int(), friends_pending: z.number().int() })
      .strict(),
  })
  .strict()

export const StoreClaimReferralResponse = z
  .object({ referral: z.object({ id: z.string(), code: z.string(), status: z.literal("pending") }).strict() })
  .strict()
