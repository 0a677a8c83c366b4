import type { MedusaContainer } from "@medusajs/framework/types"
import { getFormatter } from "../../../../modules/social-catalog/lib/formats"
import { catalogModule } from "../../../../modules/social-catalog"

/**
 * A channel as the admin API shows it. The sealed credentials never leave the server: the
 * answer says only which ones are set.
 */
export function presentChannel(container: MedusaContainer, channel: any) {
  const { credentials: _sealed, credential_keys, feed_token, ...rest } = channel
  const publicUrl = catalogModule(container).getPluginOptions().publicUrl.replace(/\/$/, "")
  const ext = getFormatter(channel.feed_format).extension
  return {
    ...rest,
    credentials_set: Object.fromEntries(((credential_keys as string[] | null) ?? []).map((k) => [k, true])),
    feed_url: `${publicUrl}/social/feeds/${channel.id}/${feed_token}.${ext}`,
    feed_url_gz: `${publicUrl}/social/feeds/${channel.id}/${feed_token}.${ext}.gz`,
  }
}

export async function retrieveChannelOr404(container: MedusaContainer, id: string) {
  return catalogModule(container).retrieveSocialCatalogChannel(id)
}
