import type { PublishNetwork } from "../../modules/social-publish/lib/networks"
import { facebookInbox, instagramInbox } from "./graph"
import { linkedinInbox } from "./linkedin"
import type { InboxProvider } from "./types"
import { xInbox } from "./x"

export * from "./types"

/** The networks whose comments reach the inbox. */
export const INBOX_NETWORKS = ["facebook", "instagram", "x", "linkedin"] as const
export type InboxNetwork = (typeof INBOX_NETWORKS)[number]

const PROVIDERS: Record<InboxNetwork, InboxProvider> = { facebook: facebookInbox, instagram: instagramInbox, x: xInbox, linkedin: linkedinInbox }

/** The inbox provider of a network, or null where comments are not read (Pinterest, TikTok). */
export function inboxProvider(network: PublishNetwork): InboxProvider | null {
  return (INBOX_NETWORKS as readonly string[]).includes(network) ? PROVIDERS[network as InboxNetwork] : null
}
