import { requestJson } from "../publish/http"
import { linkedinError, linkedinHeaders, organizationUrn } from "../publish/linkedin"
import { RefusedError } from "../publish/types"
import { MAX_PAGES_PER_POLL, type FetchedComment, type InboxProvider } from "./types"

type LinkedInComment = { id?: string; commentUrn?: string; $URN?: string; actor?: string; message?: { text?: string }; created?: { time?: number }; parentComment?: string }

const PAGE_SIZE = 100
const READ = "reading a Page's comments needs the r_organization_social scope and a member who is the Page's ADMINISTRATOR"
const WRITE = "answering as the Page needs the w_organization_social scope and a member who is one of the Page's admins"

/** A comment's URN: LinkedIn names it in `commentUrn` (older versions: `$URN`). */
const urnOf = (c: LinkedInComment) => c.commentUrn ?? c.$URN ?? null

/**
 * LinkedIn Page comments through the Community Management API's Comments API (`socialActions`):
 * `GET /rest/socialActions/{post URN}/comments?start=&count=` pages through the post's comments,
 * each with its URN, the actor's URN (a member or an organisation), its text and `created.time`.
 * LinkedIn offers no "since" filter, so the cursor kept is the newest `created.time` read: a poll
 * pages through the post's comments (at most MAX_PAGES_PER_POLL pages of 100) and keeps those at
 * or after it; the inbox stores each comment once, so one met again changes nothing. The order
 * LinkedIn lists them in is not relied on. Only comments on the post are read, not replies to
 * comments (`socialActions/{comment URN}/comments`). LinkedIn answers members' names only to
 * their own tokens: an item has the actor's URN, no name.
 *
 * An answer is a comment on the comment as the organisation (`actor`, `object` the post,
 * `parentComment` the comment). LinkedIn's API cannot hide a comment on a Page's post.
 */
export const linkedinInbox: InboxProvider = {
  network: "linkedin",
  async listComments(ctx, postUrn, cursor) {
    const since = Number(cursor ?? 0) || 0
    let newest = since
    const comments: FetchedComment[] = []
    for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
      const url = `${ctx.baseUrl}/rest/socialActions/${encodeURIComponent(postUrn)}/comments?start=${page * PAGE_SIZE}&count=${PAGE_SIZE}`
      const res = await requestJson(ctx.fetch, url, { headers: linkedinHeaders(ctx) })
      if (res.status !== 200) linkedinError(res, READ)
      const elements = (res.body?.elements ?? []) as LinkedInComment[]
      for (const c of elements) {
        const urn = urnOf(c)
        const time = Number(c.created?.time ?? 0)
        // At or after the cursor: two comments of the same millisecond are both kept.
        if (!urn || time < since) continue
        newest = Math.max(newest, time)
        comments.push({
          platform_comment_id: urn,
          platform_parent_id: c.parentComment ?? null,
          author_id: c.actor ?? null,
          author_name: null,
          author_handle: null,
          text: c.message?.text ?? "",
          commented_at: new Date(time || Date.now()),
        })
      }
      const total = Number(res.body?.paging?.total)
      if (elements.length < PAGE_SIZE || (Number.isFinite(total) && (page + 1) * PAGE_SIZE >= total)) break
    }
    return { comments, cursor: newest ? String(newest) : cursor }
  },
  async reply(ctx, target, text) {
    if (!target.platform_post_id) throw new RefusedError("linkedin: the comment's post is not known")
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/rest/socialActions/${encodeURIComponent(target.platform_comment_id)}/comments`, {
      method: "POST",
      headers: { ...linkedinHeaders(ctx), "content-type": "application/json" },
      body: JSON.stringify({
        actor: organizationUrn(ctx.account.external_id),
        object: target.platform_post_id,
        parentComment: target.platform_comment_id,
        message: { text },
      }),
    })
    if (res.status !== 201 && res.status !== 200) linkedinError(res, WRITE)
    const id = urnOf(res.body ?? {}) ?? res.headers.get("x-restli-id")
    if (!id) throw new RefusedError("linkedin: the answer was accepted without its id")
    return { reply_id: id }
  },
  async hide() {
    throw new RefusedError("linkedin: LinkedIn's API cannot hide a comment on a Page's post", "delete it on LinkedIn if it must go, or mark it done")
  },
}
