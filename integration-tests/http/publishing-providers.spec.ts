import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { SOCIAL_PUBLISH_MODULE } from "../../src/modules/social-publish"
import type SocialPublishModuleService from "../../src/modules/social-publish/service"
import { pollSocialPostMetricsWorkflow } from "../../src/workflows/social-publish/workflows/poll-post-metrics"
import { publishDueSocialPostsWorkflow } from "../../src/workflows/social-publish/workflows/publish-due-posts"
import { QUIET_PUBLISH_JOB } from "../helpers/jobs"
import { createAdminHeaders } from "../helpers/auth"
import { defaultSalesChannel, uploadPhoto } from "../helpers/cards"
import { createShareProduct, setStoreCurrencies } from "../helpers/share-fixtures"
import { startGraphContract, type GraphContract } from "../contract-servers/publish-graph"
import { startLinkedInContract, type LinkedInContract } from "../contract-servers/publish-linkedin"
import { startPinterestPublishContract, type PinterestPublishContract } from "../contract-servers/publish-pinterest"
import { startTikTokContract, type TikTokContract } from "../contract-servers/publish-tiktok"
import { startXContract, type XContract } from "../contract-servers/publish-x"


const ORG = "2414183"
const OPEN_ID = "-000Acme0penId"
const LI = { token: "li-access-0", refresh_token: "li-refresh", client_id: "li-client", client_secret: "li-secret", organization: ORG }
const TT = { token: "act.tiktok-0", refresh_token: "rft.tiktok-0", client_key: "tt-key", client_secret: "tt-secret", open_id: OPEN_ID }
const GRAPH = { page: "page-token-1", instagram: "ig-token-1" }
const PIN = { token: "pina_0", refresh_token: "pinr_0", client_id: "pin-app", client_secret: "pin-secret", username: "acme", board: { id: "549755885175", name: "Tees" } }

let linkedin: LinkedInContract
let tiktok: TikTokContract
let xApi: XContract
let graph: GraphContract
let pinterest: PinterestPublishContract
// TikTok pulls the photo from the shop's public URL: the test routes that download to the app.
let download: (url: string) => Promise<Buffer | null> = async () => null

beforeAll(async () => {
  ;[linkedin, tiktok, xApi, graph, pinterest] = await Promise.all([
    startLinkedInContract(LI),
    startTikTokContract({ ...TT, verifiedPrefix: () => "http://localhost:9000/social/cards/", download: (url) => download(url) }),
    startXContract("x-access-0"),
    startGraphContract(GRAPH),
    startPinterestPublishContract({ ...PIN, download: (url) => download(url) }),
  ])
  process.env.SOCIAL_PUBLISH_ENDPOINTS = JSON.stringify({ linkedin: linkedin.url, linkedin_oauth: linkedin.url, tiktok: tiktok.url, x: xApi.url, graph: graph.url, pinterest: pinterest.url })
})
afterAll(async () => {
  await Promise.all([linkedin?.close(), tiktok?.close(), xApi?.close(), graph?.close(), pinterest?.close()])
})

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()

medusaIntegrationTestRunner({
  // These tests run the publishing workflow by hand and count what each run did: the plugin's own
  // publishing job (every 30 seconds) once claimed half the due posts between two such steps.
  env: QUIET_PUBLISH_JOB,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const service = () => getContainer().resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
    const publish = async () => (await publishDueSocialPostsWorkflow(getContainer()).run({ input: { lease_ms: 60_000 } })).result
    const post = async (id: string) => (await service().listSocialPublishPosts({ id }))[0]
    const account = async (id: string) => (await service().listSocialPublishAccounts({ id }))[0]
    const accountRow = account
    const connect = async (body: Record<string, unknown>) => (await api.post("/admin/social/accounts", body, admin)).data.account as { id: string }
    const duePost = async (account_id: string, product_id: string, body: Record<string, unknown>) => {
      const { data } = await api.post("/admin/social/posts", { account_id, product_id, currency_code: "eur", status: "scheduled", scheduled_at: inAnHour(), ...body }, admin)
      await service().updateSocialPublishPosts({ id: data.post.id, scheduled_at: new Date(Date.now() - 1000) })
      return data.post as { id: string; text: string; share_url: string; media: string }
    }
    const dueAgain = (id: string) => service().updateSocialPublishPosts({ id, next_attempt_at: new Date(Date.now() - 1000) })
    const fail = (p: Promise<any>) => p.then((r) => ({ status: r.status, message: r.data?.message }), (e) => ({ status: e.response.status, message: e.response.data.message }))

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    beforeEach(async () => {
      await setStoreCurrencies(api, admin)
      download = async (url) => {
        // The stable card URL answers a 302 to the immutable one, which TikTok follows.
        const u = new URL(url)
        const stable = await api.get(`${u.pathname}${u.search}`, { maxRedirects: 0, validateStatus: () => true })
        const res = await api.get(stable.headers.location, { responseType: "arraybuffer" })
        return Buffer.from(res.data)
      }
      for (const server of [linkedin, tiktok, xApi, graph, pinterest]) server.received.length = 0
      pinterest.pins.length = 0
      pinterest.analytics.clear()
      Object.assign(pinterest.tokens, { access: PIN.token, refresh: PIN.refresh_token, refreshes: 0 })
      Object.assign(pinterest.knobs, { trialAccess: false, throttleNext: false, resetSeconds: 30, expireToken: false, dropNextPin: false })
      linkedin.posts.length = 0
      tiktok.posts.length = 0
      xApi.posts.length = 0
      graph.containers.clear()
      graph.media.length = 0
      graph.pagePosts.length = 0
      Object.assign(linkedin.tokens, { access: LI.token, refresh: LI.refresh_token, refreshes: 0 })
      Object.assign(linkedin.knobs, { dropNextPost: false, throttleNext: false, expireToken: false })
      linkedin.statistics.clear()
      linkedin.images.clear()
      Object.assign(tiktok.tokens, { access: TT.token, refresh: TT.refresh_token, refreshes: 0 })
      Object.assign(tiktok.knobs, { audited: true, processingPolls: 0, dropNextInit: false, throttleNext: false, expireToken: false })
      Object.assign(xApi.tokens, { access: "x-access-0", refresh: "x-refresh-0", refreshes: 0 })
      Object.assign(xApi.knobs, { dropNextPost: false, throttleNext: false, expireToken: false })
      Object.assign(graph.knobs, { dropNextPublish: false, throttleNext: false, quotaUsage: 0, processingPolls: 0, expireContainer: false })
    })

    describe("LinkedIn Page posts", () => {
      it("posts the text as escaped commentary with the tracked link as an article, once, even when the answer is lost", async () => {
        const product = await createShareProduct(api, admin)
        const page = await connect({ network: "linkedin", name: "Acme on LinkedIn", external_id: ORG, credentials: { access_token: LI.token } })
        const first = await duePost(page.id, product.id, { template: "{title} – {price} (new) #tees" })
        expect(await publish()).toMatchObject({ claimed: 1, published: 1 })

        const [sent] = linkedin.posts
        // Little text: parentheses and # are markup unless escaped; the link opens the product.
        expect(sent.commentary.split("\n")[0]).toBe("Trail Tee & Co – €12.50 \\(new\\) \\#tees")
        expect(first.text.split("\n")[0]).toBe("Trail Tee & Co – €12.50 (new) #tees")
        expect(sent).toMatchObject({ author: `urn:li:organization:${ORG}`, visibility: "PUBLIC", content: { article: { source: first.share_url, title: "Trail Tee & Co – €12.50 (new) #tees" } } })
        // The article's thumbnail: the og card, uploaded through the Images API by the organisation.
        expect(first.media).toBe("og")
        const image = linkedin.images.get(sent.content.article.thumbnail)!
        expect(image.owner).toBe(`urn:li:organization:${ORG}`)
        const card = await sharp(image.bytes!).metadata()
        expect([card.width, card.height, `image/${card.format}`]).toEqual([1200, 630, image.mime])
        const call = linkedin.received.find((r) => r.method === "POST" && r.path === "/rest/posts")!
        expect(call.headers["linkedin-version"]).toMatch(/^\d{6}$/)
        expect(call.headers["x-restli-protocol-version"]).toBe("2.0.0")
        expect(await post(first.id)).toMatchObject({ status: "published", platform_post_id: sent.id, permalink: `https://www.linkedin.com/feed/update/${sent.id}/` })

        // The answer to an accepted post is cut: the next attempt finds it among the Page's posts.
        const second = await duePost(page.id, product.id, { template: "Again: {title}" })
        linkedin.knobs.dropNextPost = true
        expect(await publish()).toMatchObject({ retry: 1 })
        await dueAgain(second.id)
        expect(await publish()).toMatchObject({ published: 1 })
        expect(linkedin.posts).toHaveLength(2)
        expect(linkedin.received.filter((r) => r.method === "POST" && r.path === "/rest/posts")).toHaveLength(2)
        expect(await post(second.id)).toMatchObject({ status: "published", platform_post_id: linkedin.posts[1].id })
      })

      it("renews an expired token with the refresh token, seals the new one, and moves a throttled post to LinkedIn's reset", async () => {
        const product = await createShareProduct(api, admin)
        const page = await connect({ network: "linkedin", name: "Acme", external_id: ORG, credentials: { access_token: LI.token, refresh_token: LI.refresh_token, client_id: LI.client_id, client_secret: LI.client_secret } })
        const p = await duePost(page.id, product.id, { template: "{title}" })
        linkedin.knobs.expireToken = true
        expect(await publish()).toMatchObject({ published: 1 })
        expect(linkedin.tokens.refreshes).toBe(1)
        const stored = await service().openCredentials(page.id)
        expect(stored).toMatchObject({ access_token: "li-access-1", refresh_token: LI.refresh_token })
        // Renewed again before it runs out (60 days), not after a refusal.
        expect(Date.parse(stored.access_token_expires_at)).toBeGreaterThan(Date.now() + 59 * 86_400_000)
        expect((await api.get(`/admin/social/accounts/${page.id}`, admin)).data.account.credentials_set).toEqual({
          access_token: true,
          client_id: true,
          client_secret: true,
          refresh_token: true,
        })
        expect((await post(p.id)).status).toBe("published")

        const throttled = await duePost(page.id, product.id, { template: "Later {title}" })
        linkedin.knobs.throttleNext = true
        expect(await publish()).toMatchObject({ retry: 1 })
        const moved = await post(throttled.id)
        const midnight = new Date()
        midnight.setUTCHours(24, 0, 0, 0)
        expect(moved.status).toBe("scheduled")
        expect(moved.error_message).toContain("linkedin: Resource level throttle")
        expect(Math.abs(new Date(moved.next_attempt_at!).getTime() - midnight.getTime())).toBeLessThan(60_000)
      })
      it("reads the post's lifetime share statistics into its metrics; another organisation's are refused and the figures kept", async () => {
        const product = await createShareProduct(api, admin)
        const page = await connect({ network: "linkedin", name: "Acme", external_id: ORG, credentials: { access_token: LI.token } })
        const p = await duePost(page.id, product.id, { template: "{title}" })
        expect(await publish()).toMatchObject({ published: 1 })
        const urn = linkedin.posts[0].id
        linkedin.statistics.set(urn, { impressionCount: 700, uniqueImpressionsCount: 500, clickCount: 41, likeCount: 22, commentCount: 5, shareCount: 3 })
        expect((await pollSocialPostMetricsWorkflow(getContainer()).run({ input: {} })).result).toEqual({ polled: 1, updated: 1, failed: 0 })
        const call = linkedin.received.find((r) => r.path === "/rest/organizationalEntityShareStatistics")!
        expect([call.query.get("organizationalEntity"), call.query.get("shares")]).toEqual([`urn:li:organization:${ORG}`, `List(${urn})`])
        expect(call.headers["linkedin-version"]).toMatch(/^\d{6}$/)
        const metricsOf = async () => (await api.get(`/admin/social/posts/${p.id}/metrics`, admin)).data.metrics.platform
        expect(await metricsOf()).toEqual({ impressions: 700, reactions: 22, comments: 5, shares: 3, link_clicks: 41 })

        // The account now names an organisation the member does not administer: refused, figures kept.
        await service().updateSocialPublishAccounts({ id: page.id, external_id: "999" })
        expect((await pollSocialPostMetricsWorkflow(getContainer()).run({ input: { min_age_ms: 0 } })).result).toEqual({ polled: 1, updated: 0, failed: 1 })
        expect((await metricsOf()).impressions).toBe(700)
      })
    })

    describe("TikTok photo posts", () => {
      let productId: string
      beforeEach(async () => {
        const photo = await uploadPhoto(getContainer())
        const product = await createShareProduct(api, admin, { thumbnail: photo, sales_channels: [{ id: await defaultSalesChannel(getContainer()) }] })
        productId = product.id
      })
      const creator = () => connect({ network: "tiktok", name: "Acme on TikTok", external_id: OPEN_ID, credentials: { access_token: TT.token, refresh_token: TT.refresh_token, client_key: TT.client_key, client_secret: TT.client_secret } })

      it("posts the plain product photo as a JPEG, waits while TikTok processes it, and records the post", async () => {
        const creatorAccount = await creator()
        const p = await duePost(creatorAccount.id, productId, { template: "{title} for {price}", title: "{title}" })
        expect(p.media).toBe("photo")
        tiktok.knobs.processingPolls = 1
        expect(await publish()).toMatchObject({ claimed: 1, retry: 1 })
        const [sent] = tiktok.posts
        expect(await post(p.id)).toMatchObject({ status: "scheduled", container_id: sent.publish_id })
        const init = tiktok.received.find((r) => r.path === "/v2/post/publish/content/init/")!
        expect(init.body).toMatchObject({
          media_type: "PHOTO",
          post_mode: "DIRECT_POST",
          post_info: { title: "Trail Tee & Co", description: "Trail Tee & Co for €12.50", privacy_level: "PUBLIC_TO_EVERYONE" },
          source_info: { source: "PULL_FROM_URL", photo_cover_index: 0 },
        })
        expect(sent.photo_images[0]).toMatch(/\/social\/cards\/prod_[^/]+\/photo\.jpg\?currency_code=eur$/)
        // What TikTok downloaded: a 1080x1350 JPEG of the photo alone (the uploaded photo's blue, no card text).
        const meta = await sharp(sent.photo!).metadata()
        expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 1080, 1350])
        const { data } = await sharp(sent.photo!).extract({ left: 540, top: 675, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
        expect([...data].every((v, i) => Math.abs(v - [0x3b, 0x82, 0xf6][i]) <= 14)).toBe(true)

        await dueAgain(p.id)
        expect(await publish()).toMatchObject({ published: 1 })
        expect(tiktok.posts).toHaveLength(1)
        expect(await post(p.id)).toMatchObject({ status: "published", platform_post_id: sent.post_id, permalink: `https://www.tiktok.com/@acme.outdoor/photo/${sent.post_id}` })
      })

      it("fails a public post of an app TikTok has not audited, saying so; holds a post whose init got no answer instead of posting twice", async () => {
        const creatorAccount = await creator()
        tiktok.knobs.audited = false
        const unaudited = await duePost(creatorAccount.id, productId, { template: "{title}" })
        expect(await publish()).toMatchObject({ failed: 1 })
        const failed = await post(unaudited.id)
        expect(failed.status).toBe("failed")
        expect(failed.error_message).toContain("unaudited_client_can_only_post_to_private_accounts")
        expect(failed.error_message).toContain("only privately (SELF_ONLY)")
        expect(failed.container_id).toBeNull()

        tiktok.knobs.audited = true
        const lost = await duePost(creatorAccount.id, productId, { template: "Lost {title}" })
        tiktok.knobs.dropNextInit = true
        expect(await publish()).toMatchObject({ retry: 1 })
        await dueAgain(lost.id)
        expect(await publish()).toMatchObject({ held: 1 })
        const held = await post(lost.id)
        expect(held.status).toBe("held")
        expect(held.error_message).toContain("cannot be asked whether it posted")
        // TikTok received one init (it did post); the plugin did not send a second.
        expect(tiktok.received.filter((r) => r.path === "/v2/post/publish/content/init/")).toHaveLength(2)
        expect(tiktok.posts).toHaveLength(1)
        // The admin looked and schedules it again: the mark goes with the edit.
        const edited = await api.post(`/admin/social/posts/${lost.id}`, { status: "scheduled", scheduled_at: inAnHour() }, admin)
        expect(edited.data.post.status).toBe("scheduled")
        expect((await post(lost.id)).container_id).toBeNull()
      })

      it("renews a refused token; a refused refresh fails the post and marks the account refused with what to do", async () => {
        const creatorAccount = await creator()
        const first = await duePost(creatorAccount.id, productId, { template: "{title}" })
        tiktok.knobs.expireToken = true
        expect(await publish()).toMatchObject({ published: 1 })
        // TikTok rotates the refresh token: the new one is sealed in place of the old.
        expect(await service().openCredentials(creatorAccount.id)).toMatchObject({ access_token: "act.tiktok-1", refresh_token: "rft.tiktok-1" })
        expect((await post(first.id)).status).toBe("published")

        tiktok.tokens.refresh = "rft.revoked-elsewhere"
        tiktok.knobs.expireToken = true
        const second = await duePost(creatorAccount.id, productId, { template: "Again {title}" })
        expect(await publish()).toMatchObject({ failed: 1 })
        expect((await post(second.id)).error_message).toBe(
          "tiktok: the refresh token was refused (invalid_grant: Refresh token is invalid or expired.) (connect the account again and store its new refresh_token)"
        )
        expect(await account(creatorAccount.id)).toMatchObject({ status: "refused", status_message: (await post(second.id)).error_message })
      })
    })

    describe("Pinterest pins", () => {
      const board = (credentials: Record<string, string> = { access_token: PIN.token }, board_id = PIN.board.id) =>
        connect({ network: "pinterest", name: "Acme on Pinterest", external_id: PIN.username, board_id, credentials })
      // Pinterest downloads the card: the product is sold in the store's public channel, as cards need.
      const pinnable = async () => createShareProduct(api, admin, { sales_channels: [{ id: await defaultSalesChannel(getContainer()) }] })

      it("pins the pin card on the board with the post's tracked link, once even when the answer is lost, and reads its analytics into the metrics", async () => {
        const product = await pinnable()
        const account = await board()
        const p = await duePost(account.id, product.id, { template: "{title} for {price}", title: "{title}" })
        expect(p.media).toBe("pin")
        expect(await publish()).toMatchObject({ claimed: 1, published: 1 })

        const [pin] = pinterest.pins
        expect(pin).toMatchObject({ board_id: PIN.board.id, title: "Trail Tee & Co", link: p.share_url })
        expect(pin.description).toBe(p.text)
        expect(pin.image_url).toMatch(/\/social\/cards\/prod_[^/]+\/pin\.png\?currency_code=eur$/)
        // What Pinterest downloaded: the 2:3 pin card.
        const meta = await sharp(pin.image!).metadata()
        expect([meta.format, meta.width, meta.height]).toEqual(["png", 1000, 1500])
        expect(await post(p.id)).toMatchObject({ status: "published", platform_post_id: pin.id, permalink: `https://www.pinterest.com/pin/${pin.id}/` })

        // The answer to a created pin is cut: the next attempt finds it on the board by its link.
        const again = await duePost(account.id, product.id, { template: "Again {title}", title: "{title}" })
        pinterest.knobs.dropNextPin = true
        expect(await publish()).toMatchObject({ retry: 1 })
        await dueAgain(again.id)
        expect(await publish()).toMatchObject({ published: 1 })
        expect(pinterest.pins).toHaveLength(2)
        expect(await post(again.id)).toMatchObject({ status: "published", platform_post_id: pinterest.pins[1].id })

        // Saves, impressions and outbound clicks over the pin's days, read by the metrics job.
        const today = new Date().toISOString().slice(0, 10)
        pinterest.analytics.set(pin.id, { [today]: { IMPRESSION: 400, SAVE: 12, OUTBOUND_CLICK: 30, PIN_CLICK: 50 } })
        expect((await pollSocialPostMetricsWorkflow(getContainer()).run({ input: {} })).result).toEqual({ polled: 2, updated: 2, failed: 0 })
        const call = pinterest.received.find((r) => r.path === `/v5/pins/${pin.id}/analytics`)!
        expect([call.query.get("start_date"), call.query.get("end_date"), call.query.get("metric_types")]).toEqual([today, today, "IMPRESSION,SAVE,OUTBOUND_CLICK"])
        const { data } = await api.get(`/admin/social/posts/${p.id}/metrics`, admin)
        expect(data.metrics.platform).toEqual({ impressions: 400, reactions: 12, comments: null, shares: null, link_clicks: 30 })
      })

      it("renews a refused token with the app's Basic credentials and seals the rotated refresh token; moves a throttled pin by x-ratelimit-reset", async () => {
        const product = await pinnable()
        const account = await board({ access_token: PIN.token, refresh_token: PIN.refresh_token, client_id: PIN.client_id, client_secret: PIN.client_secret })
        const p = await duePost(account.id, product.id, { template: "{title}", title: "{title}" })
        pinterest.knobs.expireToken = true
        expect(await publish()).toMatchObject({ published: 1 })
        expect(pinterest.tokens.refreshes).toBe(1)
        const refresh = pinterest.received.find((r) => r.path === "/v5/oauth/token")!
        expect(refresh.headers.authorization).toBe(`Basic ${Buffer.from(`${PIN.client_id}:${PIN.client_secret}`).toString("base64")}`)
        const stored = await service().openCredentials(account.id)
        expect(stored).toMatchObject({ access_token: "pina_1", refresh_token: "pinr_1" })
        expect(Date.parse(stored.access_token_expires_at)).toBeGreaterThan(Date.now() + 29 * 86_400_000)
        expect((await post(p.id)).status).toBe("published")

        const throttled = await duePost(account.id, product.id, { template: "Later {title}", title: "{title}" })
        pinterest.knobs.throttleNext = true
        pinterest.knobs.resetSeconds = 120
        expect(await publish()).toMatchObject({ retry: 1 })
        const moved = await post(throttled.id)
        expect(moved).toMatchObject({ status: "scheduled", error_message: "pinterest: You have exceeded your rate limit. Try again later." })
        const wait = new Date(moved.next_attempt_at!).getTime() - Date.now()
        expect(wait).toBeGreaterThan(100_000)
        expect(wait).toBeLessThan(125_000)
        expect(pinterest.pins).toHaveLength(1)
        await dueAgain(throttled.id)
        expect(await publish()).toMatchObject({ published: 1 })
        expect(pinterest.pins).toHaveLength(2)

        // A refresh token revoked elsewhere: the post fails and the account says what to do.
        pinterest.tokens.refresh = "pinr_revoked"
        pinterest.knobs.expireToken = true
        const refused = await duePost(account.id, product.id, { template: "Refused {title}", title: "{title}" })
        expect(await publish()).toMatchObject({ failed: 1 })
        expect((await post(refused.id)).error_message).toBe(
          "pinterest: the refresh token was refused (283: The authorization grant is invalid) (connect the account again and store its new refresh_token)"
        )
        expect((await accountRow(account.id)).status).toBe("refused")
      })

      it("fails a pin of an app with Trial access with what to do, and checks the connection and the board", async () => {
        const product = await pinnable()
        const account = await board()
        pinterest.knobs.trialAccess = true
        const p = await duePost(account.id, product.id, { template: "{title}", title: "{title}" })
        expect(await publish()).toMatchObject({ failed: 1 })
        expect((await post(p.id)).error_message).toBe(
          "pinterest: Apps with Trial access may not create Pins in production https://api.pinterest.com - use API Sandbox https://api-sandbox.pinterest.com instead. (the Pinterest app has Trial access, whose pins only their creator sees: ask Pinterest for Standard access)"
        )
        expect(pinterest.pins).toHaveLength(0)

        const check = (id: string) => api.post(`/admin/social/accounts/${id}/check`, {}, admin)
        expect((await check(account.id)).data).toMatchObject({ check: { outcome: "connected", message: 'acme, board "Tees"' }, account: { status: "connected" } })
        const elsewhere = await board({ access_token: PIN.token }, "1234567890")
        expect((await check(elsewhere.id)).data.account).toMatchObject({
          status: "refused",
          status_message: "pinterest: the board 1234567890 is not one this account can pin to (set the account's board_id to one of its boards)",
        })
        const revoked = await board({ access_token: "pina_revoked" })
        expect((await check(revoked.id)).data.account).toMatchObject({ status: "refused", status_message: expect.stringContaining("pinterest: Authentication failed.") })
      })
    })

    describe("POST /admin/social/accounts/:id/check", () => {
      const check = (id: string, body: unknown = {}) => api.post(`/admin/social/accounts/${id}/check`, body, admin)

      it("stores connected with whose account it is, renewing an expired token first, on every network", async () => {
        const x = await connect({ network: "x", name: "X", external_id: "acme", credentials: { access_token: "x-access-0", refresh_token: "x-refresh-0", client_id: "x-client", client_secret: "x-secret" } })
        xApi.knobs.expireToken = true
        const { status, data } = await check(x.id)
        expect(status).toBe(200)
        expect(data).toMatchObject({ check: { outcome: "connected", message: "@acme" }, account: { status: "connected", status_message: "@acme" } })
        expect(data.account.checked_at).not.toBeNull()
        // X's refresh token is single use: the rotated one is what is stored now.
        expect(await service().openCredentials(x.id)).toMatchObject({ access_token: "x-access-1", refresh_token: "x-refresh-1" })

        const cases: Array<[Record<string, unknown>, string]> = [
          [{ network: "linkedin", name: "LI", external_id: ORG, credentials: { access_token: LI.token } }, 'Page "Acme Outdoor"'],
          [{ network: "tiktok", name: "TT", external_id: OPEN_ID, credentials: { access_token: TT.token } }, "Acme Outdoor: posts go out as PUBLIC_TO_EVERYONE (an app TikTok has not audited may post only SELF_ONLY)"],
          [{ network: "facebook", name: "FB", external_id: "1010", credentials: { page_access_token: GRAPH.page } }, 'Page "Acme Outdoor"'],
          [{ network: "instagram", name: "IG", external_id: "17841400000", credentials: { access_token: GRAPH.instagram } }, "@acme.outdoor"],
        ]
        for (const [body, message] of cases) {
          const a = await connect(body)
          expect([body.network, (await check(a.id)).data.check]).toEqual([body.network, { outcome: "connected", message }])
        }
      })

      it("stores refused with what to do; answers 404, 401 and 400 without calling anyone", async () => {
        const page = await connect({ network: "facebook", name: "Old page", external_id: "2020", credentials: { page_access_token: "revoked" } })
        const { data } = await check(page.id)
        expect(data.check.outcome).toBe("refused")
        expect(data.account).toMatchObject({
          status: "refused",
          status_message:
            "facebook: Error validating access token: The session has been invalidated (the token was revoked or expired: reconnect the Page in Meta Business Suite and store its new Page access token)",
        })
        const wrongOrg = await connect({ network: "linkedin", name: "LI", external_id: "999", credentials: { access_token: LI.token } })
        expect((await check(wrongOrg.id)).data.account).toMatchObject({ status: "refused", status_message: "linkedin: no organisation 999 (set the account's external_id to the Page's organisation id)" })
        // A throttle says nothing about the credentials: the stored status stays.
        const x = await connect({ network: "x", name: "X", external_id: "acme", credentials: { access_token: "x-access-0" } })
        await check(x.id)
        expect((await account(x.id)).status).toBe("connected")
        xApi.knobs.throttleNext = true
        const throttled = await check(x.id)
        expect(throttled.data.check).toEqual({ outcome: "unreachable", message: "x: Too Many Requests" })
        expect(throttled.data.account).toMatchObject({ status: "connected", status_message: "@acme" })

        const received = graph.received.length
        expect((await fail(check("spac_missing"))).status).toBe(404)
        expect((await fail(api.post(`/admin/social/accounts/${page.id}/check`, {}))).status).toBe(401)
        expect(await fail(check(page.id, { force: true }))).toEqual({ status: 400, message: "Invalid request: Unrecognized fields: 'force'" })
        expect(graph.received.length).toBe(received)
      })
    })

    describe("throttling", () => {
      it("moves a post Meta throttles by the minutes X-Business-Use-Case-Usage names", async () => {
        const product = await createShareProduct(api, admin)
        const page = await connect({ network: "facebook", name: "Page", external_id: "1010", credentials: { page_access_token: GRAPH.page } })
        const p = await duePost(page.id, product.id, { template: "{title}" })
        graph.knobs.throttleNext = true
        expect(await publish()).toMatchObject({ retry: 1 })
        const moved = await post(p.id)
        expect(moved.status).toBe("scheduled")
        const wait = new Date(moved.next_attempt_at!).getTime() - Date.now()
        expect(wait).toBeGreaterThan(6 * 60_000)
        expect(wait).toBeLessThan(8 * 60_000)
      })

      it("spends X's monthly budget exactly, with two workers publishing at once", async () => {
        const product = await createShareProduct(api, admin)
        const x = await connect({ network: "x", name: "X", external_id: "acme", credentials: { access_token: "x-access-0" }, monthly_post_budget: 2 })
        const posts: Array<{ id: string }> = []
        for (let i = 0; i < 5; i++) posts.push(await duePost(x.id, product.id, { template: `#${i} {title}` }))
        const [a, b] = await Promise.all([publish(), publish()])
        expect([a.published + b.published, a.held + b.held]).toEqual([2, 3])
        expect(xApi.posts).toHaveLength(2)
        const statuses = await Promise.all(posts.map(async (p) => (await post(p.id)).status))
        expect(statuses.sort()).toEqual(["held", "held", "held", "published", "published"])
      })

      it("moves a post Instagram's publishing limit blocks to when the rolling window opens, not lost", async () => {
        const product = await createShareProduct(api, admin)
        const ig = await connect({ network: "instagram", name: "IG", external_id: "17841400000", credentials: { access_token: GRAPH.instagram } })
        // The oldest post of the last 24 hours was made 20 hours ago: a slot opens in 4 hours.
        graph.media.length = 0
        graph.media.push({ id: "1799", caption: "old", permalink: "https://www.instagram.com/p/C1799/", timestamp: new Date(Date.now() - 20 * 3_600_000).toISOString() })
        graph.knobs.quotaUsage = 100
        const p = await duePost(ig.id, product.id, { template: "{title}" })
        expect(await publish()).toMatchObject({ retry: 1 })
        const moved = await post(p.id)
        expect(moved).toMatchObject({ status: "scheduled", container_id: null, error_message: "instagram: the account's 24-hour publishing limit is reached" })
        const wait = new Date(moved.next_attempt_at!).getTime() - Date.now()
        expect(wait).toBeGreaterThan(3.9 * 3_600_000)
        expect(wait).toBeLessThan(4.1 * 3_600_000)
        expect(graph.containers.size).toBe(0)
        graph.media.length = 0
      })
    })
  },
})
