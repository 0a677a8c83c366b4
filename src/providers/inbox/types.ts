import type { PublishNetwork } from "../../modules/social-publish/lib/networks"

/** What an inbox provider needs: the account, its credentials and where its API is. */
export type InboxContext = {
  account: { id: string; network: PublishNetwork; external_id: string }
  credentials: Record<string, string>
  /** The API origin (the platform's, or the configured one). */
  baseUrl: string
  fetch: typeof fetch
}

/** A comment as a network lists it. */
export type FetchedComment = {
  platform_comment_id: string
  /** The comment answered (a reply in a thread); null for a comment on the post itself. */
  platform_parent_id: string | null
  author_id: string | null
  author_name: string | null
  author_handle: string | null
  text: string
  commented_at: Date
}

/** The item a reply or a hide acts on. */
export type InboxTarget = { platform_comment_id: string; platform_post_id: string | null; kind: "comment" | "reply" | "mention" }

/**
 * One network's comments: listing a post's comments from a cursor (the cursor to keep comes back
 * with them), answering one publicly and hiding one. Errors are the publishers': a throttle is a
 * `ThrottledError`, a refusal a `RefusedError` with the platform's message.
 */
export interface InboxProvider {
  readonly network: PublishNetwork
  listComments(ctx: InboxContext, platformPostId: string, cursor: string | null): Promise<{ comments: FetchedComment[]; cursor: string | null }>
  reply(ctx: InboxContext, target: InboxTarget, text: string): Promise<{ reply_id: string }>
  hide(ctx: InboxContext, target: InboxTarget): Promise<void>
  /** An Instagram mention: the webhook gives ids only, the text is read from the platform. */
  fetchMention?(ctx: InboxContext, mention: { comment_id: string; media_id: string }): Promise<FetchedComment | null>
}

/** Pages one poll reads per post at most: a post flooded with comments is read on over runs. */
export const MAX_PAGES_PER_POLL = 10
