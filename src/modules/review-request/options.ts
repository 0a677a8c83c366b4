import { z } from "@medusajs/framework/zod"
import { parsePluginOptions } from "../social-settings/options"

/**
 * The `reviewRequests` plugin options. Read by this module from the options every plugin module
 * receives (the shared schema is not strict at its top level, so this block passes through it).
 */
export const reviewRequestOptionsSchema = z
  .object({
    /** How long a review link works after the request is sent. */
    tokenTtlDays: z.number().int().min(1).max(365).default(60),
    /** Where a link opens: `{storefront}` and `{token}` are replaced. */
    reviewUrlTemplate: z.string().min(1).default("{storefront}/reviews/write?token={token}"),
    unsubscribeUrlTemplate: z.string().min(1).default("{storefront}/reviews/unsubscribe?token={token}"),
    /** Notification channel of requests and reminders. */
    channel: z.string().min(1).default("email"),
    /** Requests sent per job run at most (the rest go on the next run). */
    batchSize: z.number().int().min(1).max(1000).default(200),
  })
  .strict()
  .default({
    tokenTtlDays: 60,
    reviewUrlTemplate: "{storefront}/reviews/write?token={token}",
    unsubscribeUrlTemplate: "{storefront}/reviews/unsubscribe?token={token}",
    channel: "email",
    batchSize: 200,
  })

export type ReviewRequestOptions = z.output<typeof reviewRequestOptionsSchema> & {
  secret: string
  storefrontUrl: string
  shopName: string
}

export function parseReviewRequestOptions(raw: unknown): ReviewRequestOptions {
  const plugin = parsePluginOptions(raw)
  const result = reviewRequestOptionsSchema.safeParse((raw as Record<string, unknown> | undefined)?.reviewRequests)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new Error(`medusa-plugin-social-commerce: invalid plugin options: option "reviewRequests.${issue.path.join(".")}" ${issue.message}`)
  }
  return { ...result.data, secret: plugin.secret, storefrontUrl: plugin.storefrontUrl.replace(/\/$/, ""), shopName: plugin.brand.name }
}

/** A link of a request: the template with the storefront and the (URL-safe) token filled in. */
export function requestUrl(template: string, storefront: string, token: string) {
  return template.replaceAll("{storefront}", storefront).replaceAll("{token}", encodeURIComponent(token))
}
