import { graphError, GRAPH_VERSION } from "../publish/graph"
import { requestJson } from "../publish/http"
import { RefusedError } from "../publish/types"
import { MAX_PAGES_PER_POLL, type FetchedComment, type InboxContext, type InboxProvider } from "./types"

const url = (ctx: InboxContext, path: string, query: Record<string, string | undefined> = {}) => {
  const u = new URL(`${ctx.baseUrl}/${GRAPH_VERSION}/${path}`)
  for (const [k, v] of Object.entries(query)) if (v !== undefined) u.searchParams.set(k, v)
  return u.toString()
}
const tokenOf = (ctx: InboxContext) => (ctx.account.network === "facebook" ? ctx.credentials.page_access_token : ctx.credentials.access_token)

type GraphComment = {
  id: string
  message?: string
  text?: string
  created_time?: string
  timestamp?: string
  from?: { id?: string; name?: string; username?: string }
  username?: string
  parent?: { id?: string }
  parent_id?: string
  replies?: { data?: GraphComment[] }
}

function commentOf(c: GraphComment): FetchedComment {
  return {
    platform_comment_id: String(c.id),
    platform_parent_id: c.parent?.id ?? c.parent_id ?? null,
    author_id: c.from?.id ?? null,
    author_name: c.from?.name ?? null,
    author_handle: c.from?.username ?? c.username ?? null,
    text: c.message ?? c.text ?? "",
    commented_at: new Date(c.created_time ?? c.timestamp ?? Date.now()),
  }
}

/**
 * Comments through the Graph API's cursor paging: `GET /{object-id}/comments?after=<cursor>`
 * answers `{ data, paging: { cursors: { after }, next } }`; `next` is absent on the last page,
 * whose `after` cursor is where the next poll starts (newer comments come after it).
 */
async function listGraphComments(ctx: InboxContext, path: string, fields: string, extra: Record<string, string>, cursor: string | null) {
  const comments: FetchedComment[] = []
  let after = cursor
  for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
    const res = await requestJson(ctx.fetch, url(ctx, path, { fields, limit: "100", ...extra, after: after ?? undefined, access_token: tokenOf(ctx) }))
    if (res.status !== 200) graphError(ctx.account.network, res)
    const data: GraphComment[] = res.body?.data ?? []
    for (const c of data) {
      comments.push(commentOf(c))
      for (const r of c.replies?.data ?? []) comments.push({ ...commentOf(r), platform_parent_id: r.parent_id ?? String(c.id) })
    }
    after = res.body?.paging?.cursors?.after ?? after
    if (!res.body?.paging?.next || !data.length) break
  }
  return { comments, cursor: after }
}

async function graphPost(ctx: InboxContext, path: string, body: Record<string, unknown>) {
  const res = await requestJson(ctx.fetch, url(ctx, path), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...body, access_token: tokenOf(ctx) }),
  })
  if (res.status !== 200) graphError(ctx.account.network, res)
  return res.body ?? {}
}

/**
 * Facebook Page comments: the post's whole stream (replies included) in chronological order;
 * a public answer is a comment on the comment, a hidden comment is `is_hidden=true` (seen only by
 * its author and their friends).
 */
export const facebookInbox: InboxProvider = {
  network: "facebook",
  listComments: (ctx, postId, cursor) =>
    listGraphComments(ctx, `${encodeURIComponent(postId)}/comments`, "id,message,created_time,from{id,name},parent{id}", { filter: "stream", order: "chronological" }, cursor),
  async reply(ctx, target, text) {
    const body = await graphPost(ctx, `${encodeURIComponent(target.platform_comment_id)}/comments`, { message: text })
    return { reply_id: String(body.id) }
  },
  async hide(ctx, target) {
    await graphPost(ctx, encodeURIComponent(target.platform_comment_id), { is_hidden: true })
  },
}

/**
 * Instagram comments: a media's top-level comments with their replies; an answer is
 * `POST /{comment-id}/replies`, an answer to a mention elsewhere `POST /{ig-user-id}/mentions`
 * (comment_id, media_id); hiding is `hide=true`, and only on the account's own media.
 */
export const instagramInbox: InboxProvider = {
  network: "instagram",
  listComments: (ctx, mediaId, cursor) =>
    listGraphComments(ctx, `${encodeURIComponent(mediaId)}/comments`, "id,text,timestamp,username,from{id,username},replies{id,text,timestamp,username,from{id,username},parent_id}", {}, cursor),
  async reply(ctx, target, text) {
    const body =
      target.kind === "mention"
        ? await graphPost(ctx, `${encodeURIComponent(ctx.account.external_id)}/mentions`, { comment_id: target.platform_comment_id, media_id: target.platform_post_id, message: text })
        : await graphPost(ctx, `${encodeURIComponent(target.platform_comment_id)}/replies`, { message: text })
    return { reply_id: String(body.id) }
  },
  async hide(ctx, target) {
    if (target.kind === "mention") throw new RefusedError("instagram: a mention on another account's media cannot be hidden")
    await graphPost(ctx, encodeURIComponent(target.platform_comment_id), { hide: true })
  },
  async fetchMention(ctx, mention) {
    const res = await requestJson(
      ctx.fetch,
      url(ctx, encodeURIComponent(ctx.account.external_id), {
        fields: `mentioned_comment.comment_id(${mention.comment_id}){id,text,timestamp,username}`,
        access_token: tokenOf(ctx),
      })
    )
    if (res.status !== 200) graphError("instagram", res)
    const c = res.body?.mentioned_comment
    return c?.id ? commentOf(c) : null
  },
}
