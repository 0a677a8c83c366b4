import { z } from "@medusajs/framework/zod"
import { deletedResponse, nullableTimestamp, offsetPage, timestamp } from "../../../openapi/common"

/** An account as the admin sees it: which credentials are set, never their values. */
export const AdminSocialAccount = z
  .object({
    id: z.string(),
    network: z.enum(["facebook", "instagram", "pinterest", "x", "linkedin", "tiktok"]),
    name: z.string(),
    external_id: z.string(),
    board_id: z.string().nullable(),
    credentials_set: z.record(z.string(), z.literal(true)),
    status: z.enum(["unchecked", "connected", "refused"]),
    status_message: z.string().nullable(),
    checked_at: nullableTimestamp,
    time_zone: z.string(),
    monthly_post_budget: z.number().int().nullable(),
    bio_handle: z.string().nullable().meta({ description: "the public link-in-bio page: /social/bio/{bio_handle}" }),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .strict()

export const AdminSocialAccountResponse = z.object({ account: AdminSocialAccount }).strict()

/**
 * The connection check: the account as stored after it, and what the platform said. `unreachable`
 * (a throttle, a network error) leaves the stored status as it was.
 */
export const AdminCheckSocialAccountResponse = z
  .object({
    account: AdminSocialAccount,
    check: z.object({ outcome: z.enum(["connected", "refused", "unreachable"]), message: z.string() }).strict(),
  })
  .strict()
export const AdminListSocialAccountsResponse = z.object({ accounts: z.array(AdminSocialAccount), ...offsetPage }).strict()
export const AdminDeleteSocialAccountResponse = deletedResponse("social_account")
