import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type { PublishNetwork } from "../../../modules/social-publish/lib/networks"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import type { SocialAccount, InboxItemInput } from "../../../modules/social-publish/service"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { ThrottledError } from "../../../providers/catalog/types"
import type { FetchedComment, InboxContext } from "../../../providers/inbox"
import { API_OF, apiOrigin } from "../../../providers/publish"

/** The provider context of an account: its opened credentials and its API's origin. */
export async function inboxContextOf(
  container: MedusaContainer,
  account: Pick<SocialAccount, "id" | "network" | "external_id">,
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)
): Promise<InboxContext> {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  const options = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions()
  const network = account.network as PublishNetwork
  return {
    account: { id: account.id, network, external_id: account.external_id },
    credentials: await service.openCredentials(account.id),
    baseUrl: apiOrigin(options.publishEndpoints, API_OF[network]),
    fetch: fetchImpl,
  }
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
