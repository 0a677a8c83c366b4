import { refuse, requestJson } from "../publish/http"
import { MAX_PAGES_PER_POLL, type FetchedComment, type InboxContext, type InboxProvider } from "./types"

type Tweet = { id: string; text: string; author_id?: string; created_at?: string; referenced_tweets?: Array<{ type: string; id: string }> }
type User = { id: string; username?: string; name?: string }

const headers = (ctx: InboxContext) => ({ authorization: `Bearer ${ctx.credentials.access_token}`, "content-type": "application/json" })

function fail(res: Awaited<ReturnType<typeof requestJson>>): never {
  const reset = Number(res.headers.get("x-rate-limit-reset"))
  refuse("x", res, res.body?.detail ?? res.body?.title, Number.isFinite(reset) && reset > 0 ? reset * 1000 - Date.now() : null)
}

/** Snowflake ids grow with time: the larger of two is the newer. */
const newer = (a: string | null, b: string | null) => (!a ? b : !b ? a : BigInt(a) >= BigInt(b) ? a : b)

/**
 * X replies through recent search: `conversation_id:<post id>` finds every post of the thread
 * (the last 7 days: X's recent search). `since_id` (the cursor kept) reads only newer ones, and
 * `next_token` pages through them, newest first. An answer is a post with
 * `reply.in_reply_to_tweet_id`; hiding is `PUT /2/tweets/:id/hidden` (by the thread's owner).
 */
export const xInbox: InboxProvider = {
  network: "x",
  async listComments(ctx, postId, cursor) {
    const comments: FetchedComment[] = []
    let newest = cursor
    let next: string | undefined
    for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
      const u = new URL(`${ctx.baseUrl}/2/tweets/search/recent`)
      u.searchParams.set("query", `conversation_id:${postId}`)
      u.searchParams.set("max_results", "100")
      u.searchParams.set("tweet.fields", "author_id,created_at,conversation_id,referenced_tweets")
      u.searchParams.set("expansions", "author_id")
      u.searchParams.set("user.fields", "username,name")
      if (cursor) u.searchParams.set("since_id", cursor)
      if (next) u.searchParams.set("next_token", next)
      const res = await requestJson(ctx.fetch, u.toString(), { headers: headers(ctx) })
      if (res.status !== 200) fail(res)
      const users = new Map<string, User>(((res.body?.includes?.users ?? []) as User[]).map((x) => [x.id, x]))
      for (const t of (res.body?.data ?? []) as Tweet[]) {
        const parent = t.referenced_tweets?.find((r) => r.type === "replied_to")?.id ?? null
        const author = t.author_id ? users.get(t.author_id) : undefined
        comments.push({
          platform_comment_id: t.id,
          platform_parent_id: parent && parent !== postId ? parent : null,
          author_id: t.author_id ?? null,
          author_name: author?.name ?? null,
          author_handle: author?.username ?? null,
          text: t.text,
          commented_at: new Date(t.created_at ?? Date.now()),
        })
      }
      newest = newer(newest, res.body?.meta?.newest_id ?? null)
      next = res.body?.meta?.next_token
      if (!next) break
    }
    return { comments, cursor: newest }
  },
  async reply(ctx, target, text) {
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/2/tweets`, {
      method: "POST",
      headers: headers(ctx),
      body: JSON.stringify({ text, reply: { in_reply_to_tweet_id: target.platform_comment_id } }),
    })
    if (res.status !== 201 && res.status !== 200) fail(res)
    return { reply_id: String(res.body.data.id) }
  },
  async hide(ctx, target) {
    const res = await requestJson(ctx.fetch, `${ctx.baseUrl}/2/tweets/${encodeURIComponent(target.platform_comment_id)}/hidden`, {
      method: "PUT",
      headers: headers(ctx),
      body: JSON.stringify({ hidden: true }),
    })
    if (res.status !== 200) fail(res)
  },
}
