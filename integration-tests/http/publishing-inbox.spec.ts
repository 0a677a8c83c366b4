import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { SOCIAL_PUBLISH_MODULE } from "../../src/modules/social-publish"
import { metaSignature } from "../../src/modules/social-publish/lib/inbox"
import { EXPIRES_AT, type default as SocialPublishModuleService } from "../../src/modules/social-publish/service"
import { pollSocialInboxWorkflow } from "../../src/workflows/social-inbox/workflows/poll-social-inbox"
import { sendSocialInboxAlertsWorkflow } from "../../src/workflows/social-inbox/workflows/send-inbox-alerts"
import { createAdminHeaders } from "../helpers/auth"
import { createShareProduct, setStoreCurrencies } from "../helpers/share-fixtures"
import { startGraphContract, type GraphContract } from "../contract-servers/publish-graph"
import type { GraphComment } from "../contract-servers/publish-graph-comments"
import { startLinkedInContract, type LinkedInComment, type LinkedInContract } from "../contract-servers/publish-linkedin"
import { startXContract, type XContract } from "../contract-servers/publish-x"

// Booting the app (migrations, modules) takes most of it on a busy machine.

const TOKENS = { page: "page-token-1", instagram: "ig-token-1", x: "x-token-1" }
const VERIFY_TOKEN = "verify-me-123"
const APP_SECRET = "app-secret-abc"
const PAGE = "1010"
const IG = "17841400000"
let graph: GraphContract
let xApi: XContract
let linkedin: LinkedInContract
const ORG = "2414183"
const LI_TOKEN = "li-access-0"

beforeAll(async () => {
  ;[graph, xApi, linkedin] = await Promise.all([
    startGraphContract(TOKENS),
    startXContract(TOKENS.x),
    startLinkedInContract({ token: LI_TOKEN, refresh_token: "li-refresh", client_id: "li-client", client_secret: "li-secret", organization: ORG }),
  ])
  process.env.SOCIAL_PUBLISH_ENDPOINTS = JSON.stringify({ graph: graph.url, x: xApi.url, linkedin: linkedin.url })
  process.env.SOCIAL_META_VERIFY_TOKEN = VERIFY_TOKEN
  process.env.SOCIAL_META_APP_SECRET = APP_SECRET
})
afterAll(async () => {
  await Promise.all([graph?.close(), xApi?.close(), linkedin?.close()])
})

let seq = 0
/** A comment someone left on the platform (the contract server's state). */
const graphComment = (object_id: string, network: "facebook" | "instagram", message: string, extra: Partial<GraphComment> = {}): GraphComment => {
  const c: GraphComment = { id: `555${++seq}`, object_id, network, parent_id: null, message, from: { id: `77${seq}`, name: `Fan ${seq}`, username: `fan_${seq}` }, created_time: new Date().toISOString(), hidden: false, ...extra }
  graph.comments.push(c)
  return c
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const service = () => getContainer().resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
    const fail = (p: Promise<any>) => p.then((r) => ({ status: r.status, message: r.data?.message }), (e) => ({ status: e.response.status, message: e.response.data?.message }))
    const poll = async () => (await pollSocialInboxWorkflow(getContainer()).run({ input: {} })).result
    const items = async (query = "") => (await api.get(`/admin/social/inbox${query}`, admin)).data
    const deliver = (body: unknown, secret = APP_SECRET, headers: Record<string, string> = {}) => {
      const raw = JSON.stringify(body)
      return api.post("/social/webhooks/meta", raw, { headers: { "content-type": "application/json", "x-hub-signature-256": metaSignature(raw, secret), ...headers }, validateStatus: () => true })
    }
    const now = () => Math.floor(Date.now() / 1000)
    const pageComment = (comment_id: string, post_id: string, message: string, verb = "add", from = { id: "901", name: "Ann B." }) => ({
      object: "page",
      entry: [{ id: PAGE, time: now(), changes: [{ field: "feed", value: { item: "comment", verb, comment_id, post_id, parent_id: post_id, message, from, created_time: now() } }] }],
    })
    let product: { id: string }

    /** An account and a published post of a product on it, known to the contract server. */
    const published = async (network: "facebook" | "instagram" | "x", platform_post_id: string) => {
      const credentials = network === "facebook" ? { page_access_token: TOKENS.page } : { access_token: network === "x" ? TOKENS.x : TOKENS.instagram }
      const external_id = network === "facebook" ? PAGE : network === "instagram" ? IG : "acme"
      const existing = (await api.get(`/admin/social/accounts?network=${network}`, admin)).data.accounts[0]
      const account = existing ?? (await api.post("/admin/social/accounts", { network, name: network, external_id, credentials }, admin)).data.account
      const { data } = await api.post("/admin/social/posts", { account_id: account.id, product_id: product.id, template: `{title} ${platform_post_id}`, currency_code: "eur" }, admin)
      await service().updateSocialPublishPosts({ id: data.post.id, status: "published", platform_post_id, published_at: new Date() })
      if (network === "facebook") graph.pagePosts.push({ id: platform_post_id, message: data.post.text, link: "" })
      if (network === "instagram") graph.media.push({ id: platform_post_id, caption: data.post.text, permalink: "", timestamp: new Date().toISOString() })
      if (network === "x") xApi.posts.push({ id: platform_post_id, text: data.post.text })
      return { account, post: data.post as { id: string } }
    }

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    beforeEach(async () => {
      await setStoreCurrencies(api, admin)
      product = await createShareProduct(api, admin)
      for (const s of [graph, xApi]) s.received.length = 0
      graph.pagePosts.length = 0
      graph.media.length = 0
      graph.comments.length = 0
      graph.mentions.clear()
      graph.commentKnobs.pageSize = 100
      xApi.posts.length = 0
      xApi.replies.length = 0
      xApi.knobs.searchPageSize = 100
      Object.assign(xApi.tokens, { access: TOKENS.x, refresh: null, refreshes: 0 })
      linkedin.received.length = 0
      linkedin.posts.length = 0
      linkedin.comments.length = 0
    })

    it("polls comments with cursors on Facebook, Instagram and X, ties each to its post and product, and reads only what is new next time", async () => {
      const fb = await published("facebook", `${PAGE}_5`)
      const ig = await published("instagram", "18000001")
      const x = await published("x", "1860000000000000001")
      graph.commentKnobs.pageSize = 2
      const first = graphComment(`${PAGE}_5`, "facebook", "Love it")
      graphComment(`${PAGE}_5`, "facebook", "In green?", { parent_id: first.id })
      graphComment(`${PAGE}_5`, "facebook", "Thanks all", { from: { id: PAGE, name: "The shop" } })
      graphComment(`${PAGE}_5`, "facebook", "Price?")
      const igTop = graphComment("18000001", "instagram", "Sizes?")
      graphComment("18000001", "instagram", "Same question", { parent_id: igTop.id })
      xApi.knobs.searchPageSize = 1
      xApi.addReply("1860000000000000001", { text: "@acme ships to Canada?", author: { id: "31", username: "cara", name: "Cara" } })
      const second = xApi.addReply("1860000000000000001", { text: "@acme yes please", author: { id: "32", username: "dan", name: "Dan" } })
      xApi.addReply("1860000000000000001", { text: "@dan we do!", author: { id: "2244994945", username: "acme", name: "Acme" }, in_reply_to: second.id })

      expect(await poll()).toMatchObject({ posts: 3, failed: 0, items: 7 })
      const all = await items("?limit=50")
      expect(all.count).toBe(7)
      // The shop's own comment (from the Page) and its own X reply are not items.
      expect(all.items.map((i: any) => i.text).sort()).toEqual(["@acme ships to Canada?", "@acme yes please", "In green?", "Love it", "Price?", "Same question", "Sizes?"])
      expect(all.items.find((i: any) => i.text === "In green?")).toMatchObject({ kind: "reply", platform_parent_id: first.id, post_id: fb.post.id, product_id: product.id, network: "facebook", status: "open", author_name: expect.stringMatching(/^Fan \d+$/) })
      expect(all.items.find((i: any) => i.text === "Same question")).toMatchObject({ kind: "reply", post_id: ig.post.id, author_handle: expect.stringMatching(/^fan_/) })
      expect(all.items.find((i: any) => i.text === "@acme ships to Canada?")).toMatchObject({ kind: "comment", post_id: x.post.id, author_handle: "cara", author_name: "Cara" })
      // Paged on every network: two pages of Facebook comments, X followed next_token.
      expect(graph.received.filter((r) => r.path.endsWith(`/${PAGE}_5/comments`))).toHaveLength(2)
      expect(xApi.received.filter((r) => r.path === "/2/tweets/search/recent").map((r) => r.query.get("next_token"))).toEqual([null, "1", "2"])

      // Next run: from each post's cursor, only the new comments.
      graph.received.length = 0
      xApi.received.length = 0
      graphComment(`${PAGE}_5`, "facebook", "Restock when?")
      const late = xApi.addReply("1860000000000000001", { text: "@acme and Mexico?", author: { id: "33", username: "eve", name: "Eve" } })
      expect(await poll()).toMatchObject({ items: 2 })
      const fbCalls = graph.received.filter((r) => r.path.endsWith(`/${PAGE}_5/comments`))
      expect(fbCalls).toHaveLength(1)
      expect(fbCalls[0].query.get("after")).toBeTruthy()
      // since_id: the newest post of the thread the last poll saw (the shop's own answer).
      expect(xApi.received.find((r) => r.path === "/2/tweets/search/recent")!.query.get("since_id")).toBe(xApi.replies[2].id)
      expect(late.id > xApi.replies[2].id).toBe(true)
      expect((await items()).count).toBe(9)
      expect(await poll()).toMatchObject({ items: 0 })

      // The list's filters and paging.
      expect((await items(`?post_id=${ig.post.id}`)).items.map((i: any) => i.text).sort()).toEqual(["Same question", "Sizes?"])
      expect((await items(`?product_id=${product.id}&network=x`)).count).toBe(3)
      const page = await items(`?account_id=${fb.account.id}&limit=2&offset=2`)
      expect([page.count, page.items.length, page.limit, page.offset]).toEqual([4, 2, 2, 2])
      const joined = await items(`?post_id=${ig.post.id}&fields=id,text,product.title`)
      expect(joined.items[0]).toEqual({ id: expect.any(String), text: expect.any(String), product_id: product.id, product: expect.objectContaining({ title: "Trail Tee & Co" }) })
      expect(await fail(api.get("/admin/social/inbox?status=closed", admin))).toEqual({ status: 400, message: "Invalid request: status: must be one of open, done, hidden" })
      expect((await fail(api.get("/admin/social/inbox"))).status).toBe(401)
    })

    it("answers Meta's verification challenge only with the configured token", async () => {
      const ok = await api.get(`/social/webhooks/meta?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`)
      expect([ok.status, ok.data, ok.headers["content-type"]]).toEqual([200, 1158201444, expect.stringContaining("text/plain")])
      const bad = await fail(api.get("/social/webhooks/meta?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1"))
      expect(bad).toEqual({ status: 403, message: "hub.verify_token: does not match the configured verify token" })
      expect(await fail(api.get(`/social/webhooks/meta?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}`))).toEqual({ status: 400, message: "Invalid request: hub.challenge: is required" })
    })

    it("takes signed Page and Instagram deliveries once, refuses unsigned or badly signed ones without writing, and follows edits and removals", async () => {
      const fb = await published("facebook", `${PAGE}_7`)
      await published("instagram", "18000002")
      const count = async () => (await service().listSocialInboxItems({})).length

      // Signed with another secret, tampered with, or unsigned: refused, nothing written.
      const body = pageComment(`${PAGE}_7_1`, `${PAGE}_7`, "Is it waterproof?")
      expect((await deliver(body, "wrong-secret")).status).toBe(403)
      const raw = JSON.stringify(body)
      const tampered = await api.post("/social/webhooks/meta", raw.replace("waterproof", "cheap"), { headers: { "content-type": "application/json", "x-hub-signature-256": metaSignature(raw, APP_SECRET) }, validateStatus: () => true })
      expect(tampered.status).toBe(403)
      const unsigned = await api.post("/social/webhooks/meta", body, { validateStatus: () => true })
      expect([unsigned.status, unsigned.data.message]).toEqual([401, "X-Hub-Signature-256: is required"])
      expect(await count()).toBe(0)

      // Delivered twice (Meta retries): one item.
      const once = await deliver(body)
      expect([once.status, once.data]).toEqual([200, { received: 1, stored: 1, removed: 0 }])
      expect((await deliver(body)).data).toEqual({ received: 1, stored: 0, removed: 0 })
      expect((await items()).items).toEqual([expect.objectContaining({ network: "facebook", post_id: fb.post.id, product_id: product.id, platform_comment_id: `${PAGE}_7_1`, text: "Is it waterproof?", author_name: "Ann B.", kind: "comment", status: "open" })])
      // A poll later reads the same comment from the platform: still one item.
      graphComment(`${PAGE}_7`, "facebook", "Is it waterproof?", { id: `${PAGE}_7_1` })
      await poll()
      expect(await count()).toBe(1)

      // An edit changes the text; a removal takes it out of the inbox, and a late "add" does not bring it back.
      await deliver(pageComment(`${PAGE}_7_1`, `${PAGE}_7`, "Is it waterproof? (edited)", "edited"))
      expect((await items()).items[0].text).toBe("Is it waterproof? (edited)")
      expect((await deliver(pageComment(`${PAGE}_7_1`, `${PAGE}_7`, "", "remove"))).data).toMatchObject({ removed: 1 })
      await deliver(body)
      expect((await items()).count).toBe(0)

      // The Page's own comment is not an item; nor is a Page the shop has not connected.
      await deliver(pageComment(`${PAGE}_7_2`, `${PAGE}_7`, "Thanks!", "add", { id: PAGE, name: "Shop" }))
      await deliver({ ...pageComment("9_1", "9", "Hi"), entry: [{ ...pageComment("9_1", "9", "Hi").entry[0], id: "999" }] })
      expect((await items()).count).toBe(0)

      // Instagram: a comment on the shop's media, a reply, and a mention elsewhere (its text read from the Graph API).
      graph.mentions.set("1790009", { id: "1790009", object_id: "18099999", network: "instagram", parent_id: null, message: "@acme has the best tees", from: { id: "66", username: "zoe" }, created_time: new Date().toISOString(), hidden: false })
      const ig = await deliver({
        object: "instagram",
        entry: [
          {
            id: IG,
            time: 1764900000,
            changes: [
              { field: "comments", value: { id: "1790001", text: "Price?", from: { id: "55", username: "ann.b" }, media: { id: "18000002", media_product_type: "FEED" } } },
              { field: "comments", value: { id: "1790002", text: "Same", parent_id: "1790001", from: { id: "56", username: "bo" }, media: { id: "18000002" } } },
              { field: "mentions", value: { media_id: "18099999", comment_id: "1790009" } },
            ],
          },
        ],
      })
      expect(ig.data).toEqual({ received: 3, stored: 3, removed: 0 })
      const listed = (await items("?network=instagram")).items
      expect(listed.map((i: any) => [i.kind, i.text, i.author_handle, !!i.post_id])).toEqual(
        expect.arrayContaining([
          ["comment", "Price?", "ann.b", true],
          ["reply", "Same", "bo", true],
          ["mention", "@acme has the best tees", "zoe", false],
        ])
      )
    })

    it("answers publicly, hides and marks done through each network; one answer per item", async () => {
      await published("facebook", `${PAGE}_8`)
      await published("instagram", "18000003")
      await published("x", "1860000000000000009")
      const onPage = graphComment(`${PAGE}_8`, "facebook", "Ships to Canada?")
      const onIg = graphComment("18000003", "instagram", "spam spam")
      const onX = xApi.addReply("1860000000000000009", { text: "@acme restock?", author: { id: "41", username: "gil", name: "Gil" } })
      const spam = xApi.addReply("1860000000000000009", { text: "buy followers", author: { id: "42", username: "bot", name: "Bot" } })
      await poll()
      const id = async (text: string) => (await service().listSocialInboxItems({ text }))[0].id

      const answered = await api.post(`/admin/social/inbox/${await id("Ships to Canada?")}/reply`, { text: "Yes, from Monday!" }, admin)
      const fbReply = graph.comments.find((c) => c.parent_id === onPage.id)!
      expect(fbReply.message).toBe("Yes, from Monday!")
      expect(answered.data.item).toMatchObject({ status: "done", reply_id: fbReply.id, reply_text: "Yes, from Monday!", replied_at: expect.any(String) })
      expect(await fail(api.post(`/admin/social/inbox/${answered.data.item.id}/reply`, { text: "Again" }, admin))).toEqual({ status: 400, message: `Inbox item ${answered.data.item.id} was already answered` })
      expect(graph.comments.filter((c) => c.parent_id === onPage.id)).toHaveLength(1)

      const xAnswer = await api.post(`/admin/social/inbox/${await id("@acme restock?")}/reply`, { text: "@gil next week!" }, admin)
      expect(xApi.replies.find((r) => r.text === "@gil next week!")).toMatchObject({ in_reply_to: onX.id, conversation_id: "1860000000000000009", id: xAnswer.data.item.reply_id })

      const hidden = await api.post(`/admin/social/inbox/${await id("spam spam")}/hide`, {}, admin)
      expect(hidden.data.item.status).toBe("hidden")
      expect(onIg.hidden).toBe(true)
      expect((await api.post(`/admin/social/inbox/${await id("buy followers")}/hide`, {}, admin)).data.item.status).toBe("hidden")
      expect(spam.hidden).toBe(true)
      expect(xApi.received.find((r) => r.method === "PUT")).toMatchObject({ path: `/2/tweets/${spam.id}/hidden`, body: { hidden: true } })

      // Our own answers come back in the next poll: they are not items.
      await poll()
      expect((await items("?status=open")).count).toBe(0)
      expect((await items()).count).toBe(4)

      const other = graphComment(`${PAGE}_8`, "facebook", "Nice")
      await poll()
      const done = await api.post(`/admin/social/inbox/${await id("Nice")}/done`, {}, admin)
      expect(done.data.item.status).toBe("done")
      expect(graph.comments.filter((c) => c.parent_id === other.id)).toHaveLength(0)

      // Refusals: a field named, an unknown item, the platform's own message.
      expect(await fail(api.post(`/admin/social/inbox/${done.data.item.id}/reply`, { text: " " }, admin))).toEqual({ status: 400, message: "Invalid request: text: must not be empty" })
      expect((await fail(api.post("/admin/social/inbox/sinb_missing/done", {}, admin))).status).toBe(404)
      graph.comments.splice(graph.comments.indexOf(other), 1)
      expect(await fail(api.post(`/admin/social/inbox/${done.data.item.id}/reply`, { text: "Thanks" }, admin))).toEqual({
        status: 400,
        message: expect.stringMatching(/^facebook: Unsupported POST request/),
      })
      expect((await service().listSocialInboxItems({ id: done.data.item.id }))[0].reply_id).toBeNull()
    })

    it("polls a LinkedIn Page post's comments from the newest one read, answers one as the Page, and cannot hide", async () => {
      const { data } = await api.post("/admin/social/accounts", { network: "linkedin", name: "Acme on LinkedIn", external_id: ORG, credentials: { access_token: LI_TOKEN } }, admin)
      const urn = "urn:li:share:7100000000000000001"
      const { data: made } = await api.post("/admin/social/posts", { account_id: data.account.id, product_id: product.id, template: "{title}", currency_code: "eur" }, admin)
      await service().updateSocialPublishPosts({ id: made.post.id, status: "published", platform_post_id: urn, published_at: new Date() })
      linkedin.posts.push({ id: urn, author: `urn:li:organization:${ORG}`, commentary: made.post.text, content: null, visibility: "PUBLIC" })
      let n = 0
      const comment = (text: string, actor = `urn:li:person:member${++n}`, time = Date.now() - 60_000 + n): LinkedInComment => {
        const c = { urn: `urn:li:comment:(${urn},${6_900_000 + ++n})`, object: urn, actor, text, time, parent: null }
        linkedin.comments.push(c)
        return c
      }
      // 120 comments: two pages of LinkedIn's 100; the Page's own comment is not an item.
      for (let i = 0; i < 119; i++) comment(`Nice ${i}`)
      comment("Thanks everyone", `urn:li:organization:${ORG}`)
      expect(await poll()).toMatchObject({ failed: 0 })
      const listed = await items("?network=linkedin&limit=200")
      expect(listed.count).toBe(119)
      expect(listed.items[0]).toMatchObject({ network: "linkedin", kind: "comment", post_id: made.post.id, product_id: product.id, author_name: null })
      expect(linkedin.received.filter((r) => r.method === "GET" && r.path.startsWith("/rest/socialActions/")).map((r) => r.query.get("start"))).toEqual(["0", "100"])

      // Read again: nothing new is stored twice; a new comment is the one more item.
      const question = comment("Does it come in navy?", undefined, Date.now())
      await poll()
      expect((await items("?network=linkedin")).count).toBe(120)
      const item = (await service().listSocialInboxItems({ text: "Does it come in navy?" }))[0]
      expect(item).toMatchObject({ platform_comment_id: question.urn, platform_post_id: urn, status: "open" })

      const answered = await api.post(`/admin/social/inbox/${item.id}/reply`, { text: "Yes, from Monday!" }, admin)
      const reply = linkedin.comments.find((c) => c.parent === question.urn)!
      expect(reply).toMatchObject({ actor: `urn:li:organization:${ORG}`, object: urn, text: "Yes, from Monday!" })
      expect(answered.data.item).toMatchObject({ status: "done", reply_id: reply.urn })
      const sent = linkedin.received.find((r) => r.method === "POST")!
      expect(sent.headers["linkedin-version"]).toMatch(/^\d{6}$/)
      expect(sent.body).toEqual({ actor: `urn:li:organization:${ORG}`, object: urn, parentComment: question.urn, message: { text: "Yes, from Monday!" } })

      const spam = (await service().listSocialInboxItems({ text: "Nice 3" }))[0]
      expect(await fail(api.post(`/admin/social/inbox/${spam.id}/hide`, {}, admin))).toEqual({
        status: 400,
        message: "linkedin: LinkedIn's API cannot hide a comment on a Page's post (delete it on LinkedIn if it must go, or mark it done)",
      })
      expect((await service().listSocialInboxItems({ id: spam.id }))[0].status).toBe("open")
    })

    it("sends an answer once: a second click answers the first; one whose response was lost goes again only with resend", async () => {
      await published("x", "1869999999999999009")
      const blue = xApi.addReply("1869999999999999009", { text: "@acme in blue?", author: { id: "43", username: "hal", name: "Hal" } })
      const red = xApi.addReply("1869999999999999009", { text: "@acme in red?", author: { id: "44", username: "ivy", name: "Ivy" } })
      await poll()
      const id = async (text: string) => (await service().listSocialInboxItems({ text }))[0].id
      const answersTo = (c: { id: string }) => xApi.replies.filter((r) => r.in_reply_to === c.id)
      const reply = (item: string, body: object) => api.post(`/admin/social/inbox/${item}/reply`, body, admin)

      // Two clicks at once: one post on X; both answer with it.
      const redItem = await id("@acme in red?")
      const both = await Promise.all([reply(redItem, { text: "@ivy yes!" }), reply(redItem, { text: "@ivy yes!" })])
      expect(answersTo(red)).toHaveLength(1)
      expect(both.map((r) => r.status)).toEqual([200, 200])
      expect((await reply(redItem, { text: "@ivy yes!" })).data.item).toMatchObject({ status: "done", reply_id: answersTo(red)[0].id })
      expect(answersTo(red)).toHaveLength(1)

      // X posts the answer, and its response is lost: the admin is told, and a second click does
      // not post again (the item shows the answer as sent, unconfirmed).
      const blueItem = await id("@acme in blue?")
      xApi.knobs.dropNextPost = true
      expect(await fail(reply(blueItem, { text: "@hal yes, Monday" }))).toEqual({ status: 400, message: expect.stringMatching(/^x: the platform's answer was lost .*send it again with "resend"/) })
      expect(answersTo(blue)).toHaveLength(1)
      expect((await reply(blueItem, { text: "@hal yes, Monday" })).data.item).toMatchObject({ status: "open", reply_id: null, reply_text: "@hal yes, Monday", reply_started_at: expect.any(String) })
      expect(answersTo(blue)).toHaveLength(1)
      expect(await fail(reply(blueItem, { text: "@hal yes", resend: "yes" }))).toEqual({ status: 400, message: "Invalid request: resend: must be true or false" })

      // The admin finds it is not on X (removed there) and sends it again: once.
      xApi.replies.splice(xApi.replies.indexOf(answersTo(blue)[0]), 1)
      const resent = await reply(blueItem, { text: "@hal yes, Monday", resend: true })
      expect(resent.data.item).toMatchObject({ status: "done", reply_id: answersTo(blue)[0].id })
      expect((await reply(blueItem, { text: "@hal yes, Monday", resend: true })).data.item.reply_id).toBe(answersTo(blue)[0].id)
      expect(answersTo(blue)).toHaveLength(1)
      expect(await fail(reply(blueItem, { text: "Another answer" }))).toEqual({ status: 400, message: `Inbox item ${blueItem} was already answered` })
    })

    it("alerts once through the Notification module for alert words and for comments left unanswered", async () => {
      await published("facebook", `${PAGE}_9`)
      const settings = await api.post("/admin/social/settings", { inbox_alert_words: ["refund", "arnaque"], inbox_unanswered_hours: 2 }, admin)
      expect(settings.data.settings).toMatchObject({ inbox_alert_words: ["refund", "arnaque"], inbox_unanswered_hours: 2 })
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const sent = (template: string) => notifications.listNotifications({ template })

      await deliver(pageComment(`${PAGE}_9_1`, `${PAGE}_9`, "I want a REFUND"))
      await deliver(pageComment(`${PAGE}_9_2`, `${PAGE}_9`, "Lovely colour"))
      await deliver(pageComment(`${PAGE}_9_1`, `${PAGE}_9`, "I want a REFUND"))
      graphComment(`${PAGE}_9`, "facebook", "I want a REFUND", { id: `${PAGE}_9_1` })
      await poll()
      const words = await sent("social-inbox-alert-words")
      expect(words).toHaveLength(1)
      expect(words[0]).toMatchObject({ channel: "feed", resource_type: "social_inbox_item", data: expect.objectContaining({ title: 'A facebook comment says "refund"', product_id: product.id }) })

      // Unanswered after 2 hours: one alert, once; an answered or done item never.
      const [old, fine] = await service().listSocialInboxItems({ platform_comment_id: [`${PAGE}_9_1`, `${PAGE}_9_2`] }, { order: { platform_comment_id: "ASC" } })
      await service().updateSocialInboxItems([
        { id: old.id, commented_at: new Date(Date.now() - 3 * 3_600_000) },
        { id: fine.id, commented_at: new Date(Date.now() - 3 * 3_600_000), status: "done" },
      ])
      const run = async () => (await sendSocialInboxAlertsWorkflow(getContainer()).run({ input: { unanswered: true } })).result
      expect(await run()).toEqual({ words: 0, unanswered: 1 })
      expect(await run()).toEqual({ words: 0, unanswered: 0 })
      const late = await sent("social-inbox-unanswered")
      expect(late).toHaveLength(1)
      expect(late[0].data).toMatchObject({ item_id: old.id, title: "A facebook comment has waited 2 hours for an answer" })
    })

    it("renews an X token the platform no longer takes while polling, and reads the comments with the new one", async () => {
      const { account } = await published("x", "1869999999999999101")
      await api.post(`/admin/social/accounts/${account.id}`, { credentials: { refresh_token: "x-refresh-0", client_id: "x-client", client_secret: "x-secret" } }, admin)
      // X took another token meanwhile (its access tokens last two hours): the stored one gets a 401.
      Object.assign(xApi.tokens, { access: "x-access-0", refresh: "x-refresh-0", refreshes: 0 })
      xApi.addReply("1869999999999999101", { text: "@acme still in stock?", author: { id: "51", username: "kim", name: "Kim" } })
      expect(await poll()).toMatchObject({ failed: 0 })
      expect(xApi.tokens.refreshes).toBe(1)
      expect(await service().openCredentials(account.id)).toMatchObject({ access_token: "x-access-1", refresh_token: "x-refresh-1" })
      expect((await service().listSocialInboxItems({ text: "@acme still in stock?" }))[0]).toMatchObject({ account_id: account.id, network: "x", status: "open" })
    })

    it("renews an X token that ran out before answering, then sends the answer once", async () => {
      const { account } = await published("x", "1869999999999999201")
      xApi.addReply("1869999999999999201", { text: "@acme ships to Spain?", author: { id: "61", username: "lea", name: "Lea" } })
      await poll()
      const item = (await service().listSocialInboxItems({ text: "@acme ships to Spain?" }))[0]
      // Hours later: the two-hour access token ran out (X no longer takes it) and the account has
      // the refresh token it was connected with.
      await api.post(`/admin/social/accounts/${account.id}`, { credentials: { refresh_token: "x-refresh-0", client_id: "x-client", client_secret: "x-secret" } }, admin)
      await service().storeRenewedTokens(account.id, { [EXPIRES_AT]: new Date(Date.now() - 60_000).toISOString() }, { refresh_token: "x-refresh-0" })
      Object.assign(xApi.tokens, { access: "x-access-0", refresh: "x-refresh-0", refreshes: 0 })
      xApi.received.length = 0

      const answered = await api.post(`/admin/social/inbox/${item.id}/reply`, { text: "@lea yes, in 3 days" }, admin)
      expect(xApi.tokens.refreshes).toBe(1)
      const sent = xApi.replies.filter((r) => r.text === "@lea yes, in 3 days")
      expect(sent).toHaveLength(1)
      expect(answered.data.item).toMatchObject({ status: "done", reply_id: sent[0].id })
      // Renewed before the call, not after a refusal: X was asked to post once, with the new token.
      const posts = xApi.received.filter((r) => r.method === "POST" && r.path === "/2/tweets")
      expect(posts.map((r) => r.headers.authorization)).toEqual(["Bearer x-access-1"])
      expect(await service().openCredentials(account.id)).toMatchObject({ access_token: "x-access-1", refresh_token: "x-refresh-1" })
    })

    it("renews an X token the platform refuses when hiding a comment, and hides it with the new one", async () => {
      const { account } = await published("x", "1869999999999999301")
      const spam = xApi.addReply("1869999999999999301", { text: "cheap followers here", author: { id: "62", username: "bot2", name: "Bot" } })
      await poll()
      const item = (await service().listSocialInboxItems({ text: "cheap followers here" }))[0]
      await api.post(`/admin/social/accounts/${account.id}`, { credentials: { refresh_token: "x-refresh-0", client_id: "x-client", client_secret: "x-secret" } }, admin)
      // X took another token meanwhile: the stored one gets a 401.
      Object.assign(xApi.tokens, { access: "x-access-0", refresh: "x-refresh-0", refreshes: 0 })

      const hidden = await api.post(`/admin/social/inbox/${item.id}/hide`, {}, admin)
      expect(hidden.data.item.status).toBe("hidden")
      expect(spam.hidden).toBe(true)
      expect(xApi.tokens.refreshes).toBe(1)
      expect(await service().openCredentials(account.id)).toMatchObject({ access_token: "x-access-1", refresh_token: "x-refresh-1" })
    })
  },
})
