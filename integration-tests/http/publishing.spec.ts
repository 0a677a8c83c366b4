import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SOCIAL_PUBLISH_MODULE } from "../../src/modules/social-publish"
import type SocialPublishModuleService from "../../src/modules/social-publish/service"
import { createAdminHeaders } from "../helpers/auth"
import { createShareProduct, setStoreCurrencies } from "../helpers/share-fixtures"
import { publishDueSocialPostsWorkflow } from "../../src/workflows/social-publish/workflows/publish-due-posts"
import { startGraphContract, type GraphContract } from "../contract-servers/publish-graph"
import { startXContract, type XContract } from "../contract-servers/publish-x"
import { pollSocialPostMetricsWorkflow } from "../../src/workflows/social-publish/workflows/poll-post-metrics"
import { flushShareClicks } from "../../src/workflows/social-share/click-flusher"
import { QUIET_PUBLISH_JOB } from "../helpers/jobs"


const TOKENS = { page: "page-token-1", instagram: "ig-token-1", x: "x-token-1" }
let graph: GraphContract
let xApi: XContract

// The contract servers start before the app boots: medusa-config points the providers at them.
beforeAll(async () => {
  ;[graph, xApi] = await Promise.all([startGraphContract(TOKENS), startXContract(TOKENS.x)])
  process.env.SOCIAL_PUBLISH_ENDPOINTS = JSON.stringify({ graph: graph.url, x: xApi.url })
})
afterAll(async () => {
  await Promise.all([graph?.close(), xApi?.close()])
})

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()

medusaIntegrationTestRunner({
  // These tests run the publishing workflow by hand and count what each run did: the plugin's own
  // publishing job (every 30 seconds) once claimed half the due posts between two such steps.
  env: QUIET_PUBLISH_JOB,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    beforeEach(async () => {
      await setStoreCurrencies(api, admin)
    })

    const fail = (p: Promise<any>) => p.then((r) => ({ status: r.status, message: r.data?.message }), (e) => ({ status: e.response.status, message: e.response.data.message }))
    const connect = (body: Record<string, unknown>) => api.post("/admin/social/accounts", body, admin)
    const countPosts = () => getContainer().resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE).listSocialPublishPosts({}).then((p) => p.length)

    describe("accounts", () => {
      it("seals credentials: answered as names only, stored unreadable, opened for the provider", async () => {
        const { status, data } = await connect({ network: "x", name: "Acme on X", external_id: "1498765432", credentials: { access_token: "x-token-123", refresh_token: "r-456" }, time_zone: "Europe/Paris" })
        expect(status).toBe(201)
        expect(data.account).toMatchObject({ network: "x", credentials_set: { access_token: true, refresh_token: true }, status: "unchecked", time_zone: "Europe/Paris" })
        expect(JSON.stringify(data)).not.toContain("x-token-123")
        const service = getContainer().resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
        const [row] = await service.listSocialPublishAccounts({ id: data.account.id }, { select: ["credentials"] })
        expect(row.credentials).toMatch(/^v2\./)
        expect(row.credentials).not.toContain("x-token-123")
        expect(await service.openCredentials(data.account.id)).toEqual({ access_token: "x-token-123", refresh_token: "r-456" })

        // An edit replaces one value and removes another; the others stay.
        const edited = await api.post(`/admin/social/accounts/${data.account.id}`, { credentials: { access_token: "x-token-789", refresh_token: null } }, admin)
        expect(edited.data.account.credentials_set).toEqual({ access_token: true })
        expect(await service.openCredentials(data.account.id)).toEqual({ access_token: "x-token-789" })

        const list = await api.get("/admin/social/accounts?network=x", admin)
        expect(list.data.accounts.map((a: any) => a.id)).toEqual([data.account.id])
        const removed = await api.delete(`/admin/social/accounts/${data.account.id}`, admin)
        expect(removed.data).toEqual({ id: data.account.id, object: "social_account", deleted: true })
        expect((await api.get("/admin/social/accounts", admin)).data.count).toBe(0)
      })

      it("answers 400 naming the field and stores nothing for a bad account", async () => {
        const cases: Array<[Record<string, unknown>, string]> = [
          [{ network: "myspace", name: "A", external_id: "1", credentials: {} }, "network: must be one of facebook, instagram, pinterest, x, linkedin, tiktok"],
          [{ network: "facebook", name: "Page", external_id: "123", credentials: {} }, "credentials.page_access_token: is required for facebook"],
          [{ network: "x", name: "X", external_id: "1", credentials: { access_token: "t", client_key: "k" } }, "credentials.client_key: is not a x credential"],
          [{ network: "pinterest", name: "Pins", external_id: "acme", credentials: { access_token: "t" } }, "board_id: is required for pinterest (the board pins go to)"],
          [{ network: "x", name: "X", external_id: "1", credentials: { access_token: "t" }, time_zone: "Mars/Olympus" }, "time_zone: must be an IANA time zone such as Europe/Paris"],
          [{ network: "x", name: "X", external_id: "1", credentials: { access_token: "t" }, password: "p" }, "Unrecognized fields: 'password'"],
        ]
        for (const [body, message] of cases) {
          expect(await fail(connect(body))).toEqual({ status: 400, message: `Invalid request: ${message}` })
        }
        expect((await api.get("/admin/social/accounts", admin)).data.count).toBe(0)
        expect((await fail(api.get("/admin/social/accounts"))).status).toBe(401)
      })
    })

    describe("posts", () => {
      let x: { id: string }
      let instagram: { id: string }
      beforeEach(async () => {
        x = (await connect({ network: "x", name: "Acme on X", external_id: "1", credentials: { access_token: "t" } })).data.account
        instagram = (await connect({ network: "instagram", name: "Acme on IG", external_id: "17841400000", credentials: { access_token: "t" } })).data.account
      })

      it("renders one product for each audience: its market's price and a tracked link of the post's own", async () => {
        const product = await createShareProduct(api, admin)
        const make = (body: Record<string, unknown>) => api.post("/admin/social/posts", { account_id: x.id, product_id: product.id, template: "{title} – {price}", ...body }, admin)
        const fr = await make({ locale: "fr-FR", currency_code: "eur", status: "scheduled", scheduled_at: inAnHour(), time_zone: "Europe/Paris" })
        expect(fr.status).toBe(201)
        expect(fr.data.post).toMatchObject({ status: "scheduled", media: "og", locale: "fr-FR", currency_code: "eur", country_code: "fr", time_zone: "Europe/Paris" })
        expect(fr.data.post.text).toBe(`Trail Tee & Co – 12,50\u00a0€\n${fr.data.post.share_url}`)
        const us = await make({ currency_code: "usd" })
        expect(us.data.post.text).toBe(`Trail Tee & Co – $14.00\n${us.data.post.share_url}`)
        expect(us.data.post.status).toBe("draft")
        // Each post has its own link, which redirects shoppers to the product like any share link.
        expect(us.data.post.share_code).not.toBe(fr.data.post.share_code)
        const click = await api.get(`/s/${fr.data.post.share_code}`, { headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" }, maxRedirects: 0, validateStatus: () => true })
        expect(click.status).toBe(302)
        expect(click.headers.location).toContain(`/products/${product.handle}`)
        expect(click.headers.location).toContain("utm_source=x")

        // Instagram captions cannot link: no link is added; the portrait JPEG card is its picture.
        const ig = await make({ account_id: instagram.id, template: "{title} for {price} #tee", locale: "fr-FR", currency_code: "eur" })
        expect(ig.data.post).toMatchObject({ text: "Trail Tee & Co for 12,50\u00a0€ #tee", media: "portrait" })

        const listed = await api.get(`/admin/social/posts?account_id=${x.id}&status=scheduled`, admin)
        expect(listed.data.posts.map((p: any) => p.id)).toEqual([fr.data.post.id])
      })

      it("answers 400 naming the field, before scheduling, for what the network or the store would refuse", async () => {
        const product = await createShareProduct(api, admin)
        const base = { account_id: x.id, product_id: product.id, currency_code: "eur" }
        const tags = Array.from({ length: 31 }, (_, i) => `#t${i}a`).join(" ")
        const cases: Array<[Record<string, unknown>, string]> = [
          [{ ...base, text: "a".repeat(260) }, "text: is 284 characters as X counts them (a link is 23); x allows 280"],
          [{ ...base, account_id: instagram.id, text: `New ${tags}` }, "text: has 31 hashtags; instagram allows 30"],
          [{ ...base, template: "{title} {prize}" }, "template: unknown placeholder {prize}"],
          [{ ...base, template: "Now {sale_price}" }, "template: {sale_price} has no value for this product in this market"],
          [{ ...base, template: "{title}", currency_code: "gbp" }, 'currency_code: the store does not sell in "gbp" (eur, usd, jpy)'],
          [{ ...base, template: "{title}", locale: "en-x-123" }, 'locale: the store does not offer "en-x-123" (en, fr-FR, fr-BE, de-DE)'],
          [{ ...base, template: "{title}", status: "scheduled" }, "scheduled_at: is required to schedule a post"],
          [{ ...base, template: "{title}", scheduled_at: "2020-01-01T00:00:00Z" }, "scheduled_at: must be in the future"],
          [{ ...base, template: "{title}", scheduled_at: "2030-01-01T09:00:00" }, "scheduled_at: must be an ISO 8601 date-time with an offset"],
          [{ ...base, account_id: "spac_missing", template: "{title}" }, "account_id: no account spac_missing"],
          [{ account_id: x.id, link_url: "https://evil.example/x", text: "Look" }, "link_url: must be on the storefront (http://localhost:8000)"],
          [{ ...base, text: "x", template: "{title}" }, "template: give a template or a text (not both)"],
        ]
        for (const [body, message] of cases) {
          expect([message, await fail(api.post("/admin/social/posts", body, admin))]).toEqual([message, { status: 400, message: `Invalid request: ${message}` }])
        }
        expect(await countPosts()).toBe(0)
        // No tracked link was left behind by a refused post.
        const { data } = await api.get(`/admin/social/share-links?product_id=${product.id}`, admin)
        expect(data.count).toBe(0)
      })

      it("edits a post not yet sent, keeps its link, and refuses to change a published one", async () => {
        const product = await createShareProduct(api, admin)
        const { data } = await api.post("/admin/social/posts", { account_id: x.id, product_id: product.id, template: "{title}", locale: "fr-FR", currency_code: "eur" }, admin)
        const edited = await api.post(`/admin/social/posts/${data.post.id}`, { template: "Back: {title} at {price}", status: "scheduled", scheduled_at: inAnHour() }, admin)
        expect(edited.data.post).toMatchObject({ status: "scheduled", share_code: data.post.share_code, text: `Back: Trail Tee & Co at 12,50\u00a0€\n${data.post.share_url}` })
        expect(await fail(api.post(`/admin/social/posts/${data.post.id}`, { text: "b".repeat(300) }, admin))).toEqual({
          status: 400,
          message: "Invalid request: text: is 324 characters as X counts them (a link is 23); x allows 280",
        })
        const service = getContainer().resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
        await service.updateSocialPublishPosts({ id: data.post.id, status: "published", platform_post_id: "1799" })
        expect((await fail(api.post(`/admin/social/posts/${data.post.id}`, { text: "changed" }, admin))).status).toBe(400)
        expect((await fail(api.delete(`/admin/social/posts/${data.post.id}`, admin))).status).toBe(400)
        const [post] = await service.listSocialPublishPosts({ id: data.post.id })
        expect(post.text).toBe(edited.data.post.text)
      })
    })

    describe("publishing", () => {
      const service = () => getContainer().resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
      const publish = async () => (await publishDueSocialPostsWorkflow(getContainer()).run({ input: { lease_ms: 60_000 } })).result
      const post = async (id: string) => (await service().listSocialPublishPosts({ id }))[0]
      /** Makes a post that is due now (scheduled through the API, then its time moved to the past). */
      const duePost = async (account_id: string, product_id: string, template: string, extra: Record<string, unknown> = {}) => {
        const { data } = await api.post("/admin/social/posts", { account_id, product_id, template, currency_code: "eur", status: "scheduled", scheduled_at: inAnHour(), ...extra }, admin)
        await service().updateSocialPublishPosts({ id: data.post.id, scheduled_at: new Date(Date.now() - 1000) })
        return data.post as { id: string; text: string; share_url: string }
      }
      const dueAgain = (id: string) => service().updateSocialPublishPosts({ id, next_attempt_at: new Date(Date.now() - 1000) })
      let product: { id: string }

      beforeEach(async () => {
        product = await createShareProduct(api, admin)
        xApi.posts.length = 0
        xApi.received.length = 0
        graph.received.length = 0
        graph.pagePosts.length = 0
        graph.media.length = 0
        graph.containers.clear()
        Object.assign(graph.knobs, { dropNextPublish: false, throttleNext: false, quotaUsage: 0, processingPolls: 0, expireContainer: false })
        Object.assign(xApi.knobs, { dropNextPost: false, throttleNext: false })
      })

      it("publishes due posts once on X and on a Facebook Page, with their permalinks; a second run sends nothing", async () => {
        const x = (await connect({ network: "x", name: "X", external_id: "acme", credentials: { access_token: TOKENS.x } })).data.account
        const page = (await connect({ network: "facebook", name: "Page", external_id: "1010", credentials: { page_access_token: TOKENS.page } })).data.account
        const onX = await duePost(x.id, product.id, "{title} – {price}")
        const onPage = await duePost(page.id, product.id, "New: {title}")
        // Not due yet: stays.
        const { data: later } = await api.post("/admin/social/posts", { account_id: x.id, product_id: product.id, template: "Soon {title}", currency_code: "eur", status: "scheduled", scheduled_at: inAnHour() }, admin)

        expect(await publish()).toMatchObject({ claimed: 2, published: 2 })
        expect(xApi.posts.map((p) => p.text)).toEqual([onX.text])
        expect(graph.pagePosts).toEqual([expect.objectContaining({ message: onPage.text, link: onPage.share_url })])
        expect(await post(onX.id)).toMatchObject({ status: "published", platform_post_id: xApi.posts[0].id, permalink: `https://x.com/acme/status/${xApi.posts[0].id}` })
        expect(await post(onPage.id)).toMatchObject({ status: "published", platform_post_id: graph.pagePosts[0].id })
        expect((await post(later.post.id)).status).toBe("scheduled")

        expect(await publish()).toMatchObject({ claimed: 0 })
        expect(xApi.posts).toHaveLength(1)
        expect(graph.pagePosts).toHaveLength(1)
      })

      it("never posts twice on X when the answer to an accepted post is lost", async () => {
        const x = (await connect({ network: "x", name: "X", external_id: "acme", credentials: { access_token: TOKENS.x } })).data.account
        const p = await duePost(x.id, product.id, "{title} at {price}")
        xApi.knobs.dropNextPost = true
        expect(await publish()).toMatchObject({ claimed: 1, retry: 1 })
        expect(xApi.posts).toHaveLength(1)
        expect((await post(p.id)).status).toBe("scheduled")
        await dueAgain(p.id)
        expect(await publish()).toMatchObject({ claimed: 1, published: 1 })
        // Found among the account's posts by its tracked link: no second call to POST /2/tweets.
        expect(xApi.received.filter((r) => r.method === "POST")).toHaveLength(1)
        expect(await post(p.id)).toMatchObject({ status: "published", platform_post_id: xApi.posts[0].id })
      })

      it("publishes on Instagram through a container, waits while it is processed, and resumes a crashed worker's container", async () => {
        const ig = (await connect({ network: "instagram", name: "IG", external_id: "17841400000", credentials: { access_token: TOKENS.instagram } })).data.account
        const first = await duePost(ig.id, product.id, "{title} – {price} #tee", { locale: "fr-FR" })
        graph.knobs.processingPolls = 1
        expect(await publish()).toMatchObject({ claimed: 1, retry: 1 })
        const waiting = await post(first.id)
        expect(waiting).toMatchObject({ status: "scheduled", container_id: [...graph.containers.keys()][0] })
        expect([...graph.containers.values()][0]).toMatchObject({ caption: first.text, image_url: expect.stringMatching(/\/social\/cards\/.+\/portrait\.jpg\?currency_code=eur&locale=fr-FR$/) })
        await dueAgain(first.id)
        expect(await publish()).toMatchObject({ published: 1 })
        expect(graph.containers.size).toBe(1)
        expect(await post(first.id)).toMatchObject({ status: "published", platform_post_id: graph.media[0].id, permalink: graph.media[0].permalink })

        // A worker that died after making the container and before publishing it: its lease ran out.
        graph.knobs.processingPolls = 0
        const second = await duePost(ig.id, product.id, "Again: {title}")
        const made = await (await fetch(`${graph.url}/v21.0/17841400000/media`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ image_url: "https://cdn.example/a.jpg", caption: second.text, access_token: TOKENS.instagram }) })).json()
        await service().updateSocialPublishPosts({ id: second.id, status: "publishing", container_id: made.id, lease_until: new Date(Date.now() - 1000), attempts: 1 })
        expect(await publish()).toMatchObject({ claimed: 1, published: 1 })
        expect(graph.containers.size).toBe(2)
        expect(graph.media).toHaveLength(2)
        expect((await post(second.id)).platform_post_id).toBe(graph.containers.get(made.id)!.published)

        // A publish whose answer was lost: the container says PUBLISHED, the media is found by its caption.
        const third = await duePost(ig.id, product.id, "Last: {title}")
        graph.knobs.dropNextPublish = true
        expect(await publish()).toMatchObject({ retry: 1 })
        await dueAgain(third.id)
        expect(await publish()).toMatchObject({ published: 1 })
        expect(graph.media).toHaveLength(3)
        expect(graph.received.filter((r) => r.path.endsWith("/media_publish"))).toHaveLength(3)
      })

      it("moves a post the publishing limit or a throttle blocks, fails one the platform refuses with what to do, and holds X posts over budget", async () => {
        const ig = (await connect({ network: "instagram", name: "IG", external_id: "17841400000", credentials: { access_token: TOKENS.instagram } })).data.account
        const blocked = await duePost(ig.id, product.id, "{title}")
        graph.knobs.quotaUsage = 100
        expect(await publish()).toMatchObject({ retry: 1 })
        const moved = await post(blocked.id)
        expect(moved.status).toBe("scheduled")
        expect(moved.error_message).toBe("instagram: the account's 24-hour publishing limit is reached")
        expect(new Date(moved.next_attempt_at!).getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000)

        const revoked = (await connect({ network: "facebook", name: "Old page", external_id: "2020", credentials: { page_access_token: "revoked" } })).data.account
        const refused = await duePost(revoked.id, product.id, "{title}")
        expect(await publish()).toMatchObject({ failed: 1 })
        expect(await post(refused.id)).toMatchObject({
          status: "failed",
          error_message: "facebook: Error validating access token: The session has been invalidated (the token was revoked or expired: reconnect the Page in Meta Business Suite and store its new Page access token)",
        })

        const budgeted = (await connect({ network: "x", name: "X", external_id: "acme", credentials: { access_token: TOKENS.x }, monthly_post_budget: 1 })).data.account
        const one = await duePost(budgeted.id, product.id, "One {title}")
        expect(await publish()).toMatchObject({ published: 1 })
        const two = await duePost(budgeted.id, product.id, "Two {title}")
        expect(await publish()).toMatchObject({ held: 1 })
        expect(await post(two.id)).toMatchObject({ status: "held", error_message: "the account's monthly budget of 1 posts is spent" })
        expect(xApi.posts.map((p) => p.text)).toEqual([one.text])
      })

      it("reads each published post's figures from its platform's insights, beside its link's clicks", async () => {
        const x = (await connect({ network: "x", name: "X", external_id: "acme", credentials: { access_token: TOKENS.x } })).data.account
        const page = (await connect({ network: "facebook", name: "Page", external_id: "1010", credentials: { page_access_token: TOKENS.page } })).data.account
        const ig = (await connect({ network: "instagram", name: "IG", external_id: "17841400000", credentials: { access_token: TOKENS.instagram } })).data.account
        const onX = await duePost(x.id, product.id, "{title} – {price}")
        const onPage = await duePost(page.id, product.id, "New: {title}")
        const onIg = await duePost(ig.id, product.id, "{title} #tee")
        const notYet = await duePost(x.id, product.id, "Later {title}")
        await service().updateSocialPublishPosts({ id: notYet.id, scheduled_at: new Date(Date.now() + 3_600_000) })
        expect(await publish()).toMatchObject({ published: 3 })
        const metricsOf = async (id: string) => (await api.get(`/admin/social/posts/${id}/metrics`, admin)).data.metrics
        expect(await metricsOf(onX.id)).toEqual({ post_id: onX.id, platform: null, platform_fetched_at: null, link: { clicks: 0, bot_clicks: 0, distinct_visitors: 0 }, orders: [] })

        xApi.metrics.set(xApi.posts[0].id, { public_metrics: { impression_count: 1200, like_count: 31, reply_count: 4, retweet_count: 6, quote_count: 2 }, non_public_metrics: { url_link_clicks: 48 } })
        graph.insights.set(graph.pagePosts[0].id, { post_impressions: 900, post_reactions_by_type_total: { like: 20, love: 5 }, post_clicks_by_type: { "link clicks": 33, "other clicks": 8 }, comments: 3 })
        graph.insights.set(graph.media[0].id, { views: 2500, likes: 140, comments: 12, shares: 9 })
        // A shopper opens the page post's link (counted once the click buffer is flushed).
        await api.get(`/s/${onPage.share_url.split("/s/")[1]}`, { headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" }, maxRedirects: 0, validateStatus: () => true })
        await flushShareClicks(getContainer())

        const polled = (await pollSocialPostMetricsWorkflow(getContainer()).run({ input: {} })).result
        expect(polled).toEqual({ polled: 3, updated: 3, failed: 0 })
        expect((await metricsOf(onX.id)).platform).toEqual({ impressions: 1200, reactions: 31, comments: 4, shares: 8, link_clicks: 48 })
        // Nobody shared the page post: Graph leaves `shares` out, which is 0 shares.
        expect(await metricsOf(onPage.id)).toMatchObject({
          platform: { impressions: 900, reactions: 25, comments: 3, shares: 0, link_clicks: 33 },
          platform_fetched_at: expect.any(String),
          link: { clicks: 1, bot_clicks: 0, distinct_visitors: 1 },
        })
        expect((await metricsOf(onIg.id)).platform).toEqual({ impressions: 2500, reactions: 140, comments: 12, shares: 9, link_clicks: null })
        expect((await metricsOf(notYet.id)).platform).toBeNull()
        // The calendar's page of posts carries the same figures, without a request per post.
        const listed = (await api.get("/admin/social/posts", { ...admin, params: { fields: "+metrics", limit: 10 } })).data.posts
        expect(listed).toHaveLength(4)
        for (const p of listed) {
          const { post_id, ...alone } = await metricsOf(p.id)
          expect(p.metrics).toEqual(alone)
        }
        expect(listed.find((p: { id: string }) => p.id === onPage.id).metrics.link.clicks).toBe(1)
        expect((await api.get("/admin/social/posts", admin)).data.posts[0]).not.toHaveProperty("metrics")
        expect(await fail(api.get("/admin/social/posts", { ...admin, params: { fields: "+text" } }))).toEqual({ status: 400, message: expect.stringContaining("fields") })

        // Polled within the hour: not asked again; a refused token keeps the last figures.
        graph.received.length = 0
        expect((await pollSocialPostMetricsWorkflow(getContainer()).run({ input: {} })).result).toEqual({ polled: 0, updated: 0, failed: 0 })
        expect(graph.received).toEqual([])
        await api.post(`/admin/social/accounts/${page.id}`, { credentials: { page_access_token: "revoked" } }, admin)
        expect((await pollSocialPostMetricsWorkflow(getContainer()).run({ input: { min_age_ms: 0 } })).result).toEqual({ polled: 3, updated: 2, failed: 1 })
        expect((await metricsOf(onPage.id)).platform.impressions).toBe(900)
        expect((await fail(api.get("/admin/social/posts/spst_missing/metrics", admin))).status).toBe(404)
      })

      it("two workers at once publish each due post once", async () => {
        const x = (await connect({ network: "x", name: "X", external_id: "acme", credentials: { access_token: TOKENS.x } })).data.account
        const posts: Array<{ id: string; text: string }> = []
        for (let i = 0; i < 8; i++) posts.push(await duePost(x.id, product.id, `#${i} {title}`))
        const [a, b] = await Promise.all([publish(), publish()])
        expect(a.claimed + b.claimed).toBe(8)
        expect(a.published + b.published).toBe(8)
        expect(xApi.posts.map((p) => p.text).sort()).toEqual(posts.map((p) => p.text).sort())
        for (const p of posts) expect((await post(p.id)).status).toBe("published")
      })
    })
  },
})
