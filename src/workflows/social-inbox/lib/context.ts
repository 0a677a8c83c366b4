import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { SocialAccount, InboxItemInput } from "../../../modules/social-publish/service"
import { ThrottledError } from "../../../providers/catalog/types"
import type { FetchedComment } from "../../../providers/inbox"
import { publishProvider, type PublishContext } from "../../../providers/publish"
import { providerContext } from "../../social-publish/lib/publisher"
import { withFreshToken } from "../../social-publish/lib/tokens"

/**
 * The context of an account's inbox calls: the publishing context (its opened credentials and API
 * origins), so the inbox and publishing renew an account's token the same way.
 */
export function inboxContextOf(container: MedusaContainer, account: SocialAccount): Promise<PublishContext> {
  return providerContext(container, account, null)
}

/**
 * Calls the platform for the inbox with a good token, renewed as for publishing: before it runs
 * out, or once after the platform refuses it (X's access tokens last two hours, LinkedIn's two
 * months, and an inbox may be answered long after the last post). Every inbox call (the poll, an
 * answer, a hide, a mention read) goes through here.
 */
export function withInboxToken<T>(container: MedusaContainer, ctx: PublishContext, call: () => Promise<T>): Promise<T> {
  return withFreshToken(container, publishProvider(ctx.account.network)!, ctx, call)
}

/** Whether the shop's own account wrote it (its answers come back in the listings). */
export function isOwnComment(account: Pick<SocialAccount, "external_id">, c: Pick<FetchedComment, "author_id" | "author_handle">): boolean {
  const own = account.external_id.toLowerCase()
  // LinkedIn names the Page by its organisation URN.
  return c.author_id === account.external_id || c.author_id === `urn:li:organization:${account.external_id}` || (c.author_handle ?? "").toLowerCase() === own
}

/** A listed comment as an inbox row, tied to its account, post and product. */
export function inboxRowOf(
  account: Pick<SocialAccount, "id" | "network">,
  post: { id: string | null; product_id: string | null; platform_post_id: string | null },
  c: FetchedComment,
  kind?: InboxItemInput["kind"]
): InboxItemInput {
  return {
    account_id: account.id,
    network: account.network as InboxItemInput["network"],
    post_id: post.id,
    product_id: post.product_id,
    platform_comment_id: c.platform_comment_id,
    platform_post_id: post.platform_post_id,
    platform_parent_id: c.platform_parent_id,
    kind: kind ?? (c.platform_parent_id ? "reply" : "comment"),
    author_name: c.author_name,
    author_handle: c.author_handle,
    text: c.text,
    commented_at: c.commented_at,
  }
}

/** A platform's refusal or throttle as the admin route answers it: a 400 with the platform's words. */
export function platformFailure(error: unknown): MedusaError {
  if (error instanceof MedusaError) return error
  const message = (error as Error)?.message ?? String(error)
  if (error instanceof ThrottledError) {
    return new MedusaError(MedusaError.Types.NOT_ALLOWED, `${message} (try again in ${Math.max(1, Math.ceil(error.retryAfterMs / 60_000))} minutes)`)
  }
  return new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}
