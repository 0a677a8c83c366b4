import { RefusedError } from "../publish/types"
import { ThrottledError } from "../catalog/types"
import { facebookInbox, instagramInbox } from "./graph"
import type { InboxContext } from "./types"
import { xInbox } from "./x"

type Call = { url: URL; init?: RequestInit }

/** A fetch answering each call from a list, recording what was asked. */
function fakeFetch(answers: Array<{ status?: number; body: unknown; headers?: Record<string, string> }>) {
  const calls: Call[] = []
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    calls.push({ url: new URL(url), init })
    const a = answers.shift() ?? { body: {} }
    return new Response(JSON.stringify(a.body), { status: a.status ?? 200, headers: { "content-type": "application/json", ...(a.headers ?? {}) } })
  }) as typeof fetch
  return { calls, fetchImpl }
}

const ctx = (network: "facebook" | "instagram" | "x", fetchImpl: typeof fetch): InboxContext => ({
  account: { id: "spac_1", network, external_id: network === "x" ? "acme" : "1010" },
  credentials: network === "facebook" ? { page_access_token: "pt" } : { access_token: "t" },
  baseUrl: "https://api.test",
  fetch: fetchImpl,
})

describe("Graph comments", () => {
  it("follows `next` from the cursor it was given and keeps the last page's `after`; an empty page keeps the old cursor", async () => {
    const { calls, fetchImpl } = fakeFetch([
      { body: { data: [{ id: "c1", message: "Hi", created_time: "2026-12-01T10:00:00+0000", from: { id: "7", name: "Ann" } }], paging: { cursors: { after: "A1" }, next: "https://graph/next" } } },
      { body: { data: [{ id: "c2", message: "Re", created_time: "2026-12-01T11:00:00+0000", from: { id: "8", name: "Bo" }, parent: { id: "c1" } }], paging: { cursors: { after: "A2" } } } },
      { body: { data: [] } },
    ])
    const first = await facebookInbox.listComments(ctx("facebook", fetchImpl), "1010_5", "A0")
    expect(first.cursor).toBe("A2")
    expect(first.comments.map((c) => [c.platform_comment_id, c.platform_parent_id, c.author_name, c.text])).toEqual([
      ["c1", null, "Ann", "Hi"],
      ["c2", "c1", "Bo", "Re"],
    ])
    expect(calls.map((c) => c.url.searchParams.get("after"))).toEqual(["A0", "A1"])
    expect(calls[0].url.pathname).toBe("/v21.0/1010_5/comments")
    expect(calls[0].url.searchParams.get("filter")).toBe("stream")
    expect((await facebookInbox.listComments(ctx("facebook", fetchImpl), "1010_5", "A2")).cursor).toBe("A2")
  })

  it("flattens Instagram replies under their comment, and turns Graph errors into throttles and refusals", async () => {
    const { fetchImpl } = fakeFetch([
      { body: { data: [{ id: "i1", text: "Size?", username: "ann", timestamp: "2026-12-01T10:00:00+0000", replies: { data: [{ id: "i2", text: "M", username: "bo" }] } }], paging: { cursors: { after: "B" } } } },
      { status: 400, body: { error: { message: "Application request limit reached", code: 4 } } },
      { status: 400, body: { error: { message: "(#10) Permission denied", code: 10 } } },
    ])
    const { comments } = await instagramInbox.listComments(ctx("instagram", fetchImpl), "18000001", null)
    expect(comments.map((c) => [c.platform_comment_id, c.platform_parent_id, c.author_handle])).toEqual([
      ["i1", null, "ann"],
      ["i2", "i1", "bo"],
    ])
    await expect(instagramInbox.listComments(ctx("instagram", fetchImpl), "18000001", "B")).rejects.toBeInstanceOf(ThrottledError)
    await expect(instagramInbox.hide(ctx("instagram", fetchImpl), { platform_comment_id: "i1", platform_post_id: "18000001", kind: "comment" })).rejects.toBeInstanceOf(RefusedError)
    await expect(instagramInbox.hide(ctx("instagram", fetchImpl), { platform_comment_id: "m1", platform_post_id: "9", kind: "mention" })).rejects.toThrow("cannot be hidden")
  })
})

describe("X replies", () => {
  it("pages with next_token from since_id and keeps the newest id seen; a thread reply names its parent", async () => {
    const { calls, fetchImpl } = fakeFetch([
      {
        body: {
          data: [{ id: "1900", text: "@acme thanks", author_id: "9", created_at: "2026-12-01T10:00:00.000Z", referenced_tweets: [{ type: "replied_to", id: "1800" }] }],
          includes: { users: [{ id: "9", username: "cara", name: "Cara" }] },
          meta: { newest_id: "1900", next_token: "n1" },
        },
      },
      { body: { data: [{ id: "1800", text: "@acme hi", author_id: "9", referenced_tweets: [{ type: "replied_to", id: "1700" }] }], includes: { users: [{ id: "9", username: "cara" }] }, meta: { newest_id: "1800" } } },
      { body: { meta: { result_count: 0 } } },
    ])
    const { comments, cursor } = await xInbox.listComments(ctx("x", fetchImpl), "1700", "1750")
    expect(cursor).toBe("1900")
    expect(comments.map((c) => [c.platform_comment_id, c.platform_parent_id, c.author_handle])).toEqual([
      ["1900", "1800", "cara"],
      ["1800", null, "cara"],
    ])
    expect(calls.map((c) => [c.url.searchParams.get("query"), c.url.searchParams.get("since_id"), c.url.searchParams.get("next_token")])).toEqual([
      ["conversation_id:1700", "1750", null],
      ["conversation_id:1700", "1750", "n1"],
    ])
    expect((await xInbox.listComments(ctx("x", fetchImpl), "1700", "1900")).cursor).toBe("1900")
  })

  it("replies with reply.in_reply_to_tweet_id and hides with PUT /2/tweets/:id/hidden; a 429 waits for x-rate-limit-reset", async () => {
    const reset = Math.floor(Date.now() / 1000) + 120
    const { calls, fetchImpl } = fakeFetch([
      { status: 201, body: { data: { id: "2000", text: "ok" } } },
      { body: { data: { hidden: true } } },
      { status: 429, body: { title: "Too Many Requests" }, headers: { "x-rate-limit-reset": String(reset) } },
    ])
    expect(await xInbox.reply(ctx("x", fetchImpl), { platform_comment_id: "1900", platform_post_id: "1700", kind: "reply" }, "ok")).toEqual({ reply_id: "2000" })
    expect(JSON.parse(String(calls[0].init?.body))).toEqual({ text: "ok", reply: { in_reply_to_tweet_id: "1900" } })
    await xInbox.hide(ctx("x", fetchImpl), { platform_comment_id: "1900", platform_post_id: "1700", kind: "reply" })
    expect([calls[1].init?.method, calls[1].url.pathname, calls[1].init?.body]).toEqual(["PUT", "/2/tweets/1900/hidden", JSON.stringify({ hidden: true })])
    const throttled = await xInbox.hide(ctx("x", fetchImpl), { platform_comment_id: "1", platform_post_id: "1700", kind: "reply" }).catch((e) => e)
    expect(throttled).toBeInstanceOf(ThrottledError)
    expect(throttled.retryAfterMs).toBeGreaterThan(100_000)
  })
})
