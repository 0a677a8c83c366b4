import { z } from "@medusajs/framework/zod"
import { ACCOUNT_CREDENTIALS, PUBLISH_NETWORKS } from "../../../../modules/social-publish/lib/networks"

const ALL_CREDENTIALS = [...new Set(Object.values(ACCOUNT_CREDENTIALS).flatMap((c) => [...c.required, ...c.optional]))]

/** An IANA time zone the runtime knows ("Europe/Paris"); refused otherwise. */
export const timeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz })
      return true
    } catch {
      return false
    }
  }, "must be an IANA time zone such as Europe/Paris")

const credentialValue = z.string().trim().min(1).max(4096)

/**
 * The link-in-bio page's name, in its URL (`/social/bio/acme`): lower-case letters, digits, "-"
 * and "_", 2 to 40 characters, starting with a letter or digit.
 */
export const bioHandle = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]{1,39}$/, "must be 2 to 40 lower-case letters, digits, - or _ (starting with a letter or digit)")

export const AdminCreateAccount = z
  .object({
    network: z.enum(PUBLISH_NETWORKS, { error: `must be one of ${PUBLISH_NETWORKS.join(", ")}` }),
    name: z.string().trim().min(1).max(200),
    external_id: z.string().trim().regex(/^[A-Za-z0-9_.:-]{1,128}$/, "must be the platform's id of the page, account, board or organisation"),
    board_id: z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a Pinterest board id").optional(),
    credentials: z.partialRecord(z.enum(ALL_CREDENTIALS as [string, ...string[]]), credentialValue).default({}),
    time_zone: timeZone.default("UTC"),
    monthly_post_budget: z.number().int().min(0).max(1_000_000).nullable().optional(),
    bio_handle: bioHandle.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const rules = ACCOUNT_CREDENTIALS[body.network]
    for (const key of rules.required) {
      if (!body.credentials[key]) ctx.addIssue({ code: "custom", path: ["credentials", key], message: `is required for ${body.network}` })
    }
    for (const key of Object.keys(body.credentials)) {
      if (![...rules.required, ...rules.optional].includes(key)) {
        ctx.addIssue({ code: "custom", path: ["credentials", key], message: `is not a ${body.network} credential` })
      }
    }
    if (body.network === "pinterest" && !body.board_id) {
      ctx.addIssue({ code: "custom", path: ["board_id"], message: "is required for pinterest (the board pins go to)" })
    }
    if (body.network !== "pinterest" && body.board_id) {
      ctx.addIssue({ code: "custom", path: ["board_id"], message: "is only for pinterest" })
    }
  })
export type AdminCreateAccountType = z.infer<typeof AdminCreateAccount>

/** An edit: a credential value replaces, null removes; the network and the platform id never change. */
export const AdminUpdateAccount = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    board_id: z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a Pinterest board id").optional(),
    credentials: z.partialRecord(z.enum(ALL_CREDENTIALS as [string, ...string[]]), credentialValue.nullable()).optional(),
    time_zone: timeZone.optional(),
    monthly_post_budget: z.number().int().min(0).max(1_000_000).nullable().optional(),
    /** null removes the page. */
    bio_handle: bioHandle.nullable().optional(),
  })
  .strict()
export type AdminUpdateAccountType = z.infer<typeof AdminUpdateAccount>

export const AdminListAccounts = z
  .object({
    network: z.enum(PUBLISH_NETWORKS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

/** The connection check takes no body (an empty one, or none). */
export const AdminCheckAccount = z.object({}).strict()
