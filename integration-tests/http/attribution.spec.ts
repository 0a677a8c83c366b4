import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders, createCustomerHeaders } from "../helpers/auth"
import { completeCart, createCart, createShop, type Shop } from "../helpers/commerce"
import { startMetaCapi } from "../contract-servers/meta-capi"
import { startTikTokEvents } from "../contract-servers/tiktok-events"
import { startPinterestCapi } from "../contract-servers/pinterest-capi"
import type { ContractServer } from "../contract-servers/_conversion-server"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../src/modules/social-attribution"
import type SocialAttributionModuleService from "../../src/modules/social-attribution/service"
import { attributeOrderWorkflow } from "../../src/workflows/social-attribution/workflows/attribute-order"
import { deliverConversionEventsWorkflow } from "../../src/workflows/social-attribution/workflows/deliver-conversion-events"
import { sha256 } from "../../src/providers/conversions"
import { SOCIAL_REWARD_MODULE } from "../../src/modules/social-reward"
import type SocialRewardModuleService from "../../src/modules/social-reward/service"
import { andWait, cancelOrder } from "../helpers/orders"
import { recordTouch } from "../../src/api/store/social/touches/record"
import { SOCIAL_SHARE_MODULE } from "../../src/modules/social-share"
import type SocialShareModuleService from "../../src/modules/social-share/service"
import { recordVisits } from "../helpers/rewards"


const DAY = 24 * 60 * 60 * 1000
let meta: ContractServer
let tiktok: ContractServer
let pinterest: ContractServer

// The contract servers start before the app boots, so medusa-config points the conversion
// providers at them.
beforeAll(async () => {
  ;[meta, tiktok, pinterest] = await Promise.all([startMetaCapi(), startTikTokEvents(), startPinterestCapi()])
  Object.assign(process.env, {
    SOCIAL_META_PIXEL_ID: "1234567890",
    SOCIAL_META_ACCESS_TOKEN: "meta-test-token",
    SOCIAL_META_ENDPOINT: meta.url,
    SOCIAL_TIKTOK_PIXEL_CODE: "CTESTPIXEL",
    SOCIAL_TIKTOK_ACCESS_TOKEN: "tiktok-test-token",
    SOCIAL_TIKTOK_ENDPOINT: tiktok.url,
    SOCIAL_PINTEREST_AD_ACCOUNT_ID: "549755885175",
    SOCIAL_PINTEREST_ACCESS_TOKEN: "pinterest-test-token",
    SOCIAL_PINTEREST_ENDPOINT: pinterest.url,
  })
})
afterAll(async () => {
  await Promise.all([meta?.close(), tiktok?.close(), pinterest?.close()])
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let admin: { headers: Record<string, string> }
    let store: Record<string, string>
    const emitted: any[] = []

    beforeAll(async () => {
      shop = await createShop(getContainer())
      admin = await createAdminHeaders(getContainer(), api)
      store = shop.publishable.headers
      getContainer()
        .resolve(Modules.EVENT_BUS)
        .subscribe("social.order.attributed", async (e: any) => {
          emitted.push(e.data ?? e)
        })
    })

    beforeEach(() => {
      emitted.length = 0
      for (const s of [meta, tiktok, pinterest]) s.reset()
    })

    const service = () => getContainer().resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
    const postTouch = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      api.post("/store/social/touches", body, { headers: { ...store, ...headers } })
    const fail = (p: Promise<any>) => p.then((r) => r).catch((e) => e.response)

    async function attributionOf(order_id: string) {
      for (let i = 0; i < 100; i++) {
        const found = await service().getOrderAttribution(order_id)
        if (found) {
          const { data } = await api.get(`/admin/social/attribution/orders/${order_id}`, admin)
          return data.attribution
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`order ${order_id} was not attributed`)
    }

    async function checkout(headers: Record<string, string> = store, visitor?: string, email?: string) {
      const cart = await createCart(api, shop, headers, email)
      if (visitor) {
        await api.post("/store/social/touches/bind", { cart_id: cart.id }, { headers: { ...headers, "x-social-visitor-id": visitor } })
      }
      const order = await completeCart(api, shop, cart.id, headers)
      return { cart, order, attribution: await attributionOf(order.id) }
    }

    it("attributes a guest's order to the network and share link it landed from, and reports it", async () => {
      // Landing from a share link redirect: /products/enamel-mug?sc=...&utm_source=facebook...
      const touch = await postTouch({
        sc: "abcd1234",
        utm_source: "facebook",
        utm_medium: "social",
        utm_campaign: "summer-share",
        fbclid: "IwAR2F4-dbP0l7Mn1IawQQ",
        referrer: "https://l.facebook.com/",
        landing_path: "/products/enamel-mug?sc=abcd1234",
        consent: "granted",
      })
      expect(touch.status).toBe(201)
      expect(touch.data).toMatchObject({ recorded: true, visitor_id_issued: true, touch: { network: "facebook" } })
      expect(touch.headers["x-social-visitor-id"]).toBe(touch.data.visitor_id)

      const { order, attribution } = await checkout(store, touch.data.visitor_id)
      expect(attribution).toMatchObject({
        order_id: order.id,
        model: "last_non_direct",
        network: "facebook",
        campaign: "summer-share",
        share_code: "abcd1234",
        currency_code: "eur",
        customer_id: expect.any(String),
        ad_consent: true,
      })
      expect(attribution.total).toBe(Number(order.total))
      expect(attribution.trace.considered).toHaveLength(1)
      expect(attribution.trace.excluded).toEqual([])
      expect(attribution.weights.linear).toEqual([expect.objectContaining({ network: "facebook", weight: 1 })])
      expect(attribution.conversion_events.map((e: any) => [e.destination, e.status])).toEqual([
        ["meta", "pending"],
        ["pinterest", "pending"],
        ["tiktok", "pending"],
      ])
      expect(emitted).toEqual([
        expect.objectContaining({ order_id: order.id, network: "facebook", share_code: "abcd1234", currency_code: "eur" }),
      ])

      const bySharer = await api.get("/admin/social/attribution/report?group_by=share_link", admin)
      expect(bySharer.data.report.groups).toEqual([
        { key: "abcd1234", orders: 1, revenue: Number(order.total), aov: Number(order.total), share: 1 },
      ])
      expect(bySharer.data.report.series).toEqual([expect.objectContaining({ date: new Date(order.created_at ?? Date.now()).toISOString().slice(0, 10), orders: 1 })])
      expect(await service().shareLinkStats(["abcd1234", "other"])).toEqual([
        { share_code: "abcd1234", currency_code: "eur", orders: 1, revenue: Number(order.total) },
      ])

      // The outbox goes to the three platforms' contract servers.
      const { result } = await deliverConversionEventsWorkflow(getContainer()).run({ input: {} })
      expect(result).toEqual({ sent: 3, retry: 0, failed: 0 })
      const metaEvent = meta.accepted.get(`Purchase:${order.id}`)
      expect(metaEvent.user_data.fbc).toMatch(/^fb\.1\.\d{13}\.IwAR2F4-dbP0l7Mn1IawQQ$/)
      expect(metaEvent.user_data.em).toEqual([sha256("guest@example.com")])
      expect(metaEvent.user_data.ph).toEqual([sha256("33612345678")])
      expect(tiktok.accepted.get(`Purchase:${order.id}`).user.phone).toBe(sha256("+33612345678"))
      expect(pinterest.accepted.get(order.id).custom_data).toMatchObject({ currency: "EUR", order_id: order.id })
      const after = await service().getOrderAttribution(order.id)
      expect(after!.conversion_events.every((e: any) => e.status === "sent" && e.attempts === 1)).toBe(true)
    })

    it("follows a real share link to an attributed order, shown on the admin share-links list, and pays the sharer until the order is cancelled", async () => {
      const c = getContainer()
      // The shop rewards a share that sold; the sharer, a customer, asks for the bundle and a
      // friend opens the facebook link in a browser.
      await api.post(
        "/admin/social/reward-rules",
        { name: "Share that sold", status: "active", trigger: "share_order", hold_hours: 720, reward: { type: "fixed", value: 5, currency_code: "eur" } },
        admin
      )
      const sharer = await createCustomerHeaders(api, shop.publishable)
      const bundle = await api.get(`/store/social/products/${shop.product_id}/share`, { headers: sharer.headers })
      const facebook = bundle.data.share.links.find((l: any) => l.network === "facebook")
      const redirect = await api.get(new URL(facebook.url).pathname, {
        headers: { "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" },
        maxRedirects: 0,
        validateStatus: () => true,
      })
      expect(redirect.status).toBe(302)
      const landing = new URL(redirect.headers.location)
      expect(landing.searchParams.get("sc")).toBe(facebook.code)

      // The storefront posts the landing as it received it, then the friend checks out.
      const query = Object.fromEntries(landing.searchParams)
      const touch = await postTouch({ ...query, landing_path: `${landing.pathname}${landing.search}`, consent: "granted" })
      expect(touch.data.touch).toMatchObject({ network: "facebook" })
      const { order, attribution } = await andWait(c, "social.order.attributed", () => checkout(store, touch.data.visitor_id, "friend@example.com"))
      expect(attribution).toMatchObject({ network: "facebook", campaign: "share", share_code: facebook.code })

      const { data } = await api.get(`/admin/social/share-links?product_id=${shop.product_id}`, admin)
      const listed = data.share_links.find((l: any) => l.code === facebook.code)
      expect(listed).toMatchObject({ network: "facebook", customer_id: sharer.customer.id, orders: 1, revenue: { eur: Number(order.total) } })

      // social.order.attributed paid the sharer (held past the return window); the admin cancels
      // the order through Medusa's workflow and the reward goes.
      const rewards = c.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
      const [grant] = await rewards.listRewardGrants({ customer_id: sharer.customer.id })
      expect(grant).toMatchObject({ status: "held", source_type: "share_link", order_id: order.id })
      await cancelOrder(c, order.id)
      expect(await rewards.retrieveRewardGrant(grant.id)).toMatchObject({ status: "revoked", status_reason: "order canceled" })
    })

    it("writes one attribution, emits once and pushes once when the order event comes twice", async () => {
      const touch = await postTouch({ utm_source: "tiktok", ttclid: "E.C.P.v3AbC", consent: "granted" })
      const { order } = await checkout(store, touch.data.visitor_id)
      await attributeOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
      await new Promise((r) => setTimeout(r, 500))
      expect(await service().listSocialOrderAttributions({ order_id: order.id })).toHaveLength(1)
      expect(await service().listSocialConversionEvents({ order_id: order.id })).toHaveLength(3)
      expect(emitted).toHaveLength(1)
      await deliverConversionEventsWorkflow(getContainer()).run({ input: {} })
      await deliverConversionEventsWorkflow(getContainer()).run({ input: {} })
      expect(tiktok.received).toHaveLength(1)
      expect(tiktok.accepted.get(`Purchase:${order.id}`).user.ttclid).toBe("E.C.P.v3AbC")
    })

    it("attributes by UTM alone for a logged-in customer, and sends nothing to ad platforms without ads consent", async () => {
      const shopper = await createCustomerHeaders(api, shop.publishable)
      const cart = await createCart(api, shop, shopper.headers, shopper.customer.email)
      const touch = await postTouch(
        { utm_source: "pinterest", utm_medium: "paid", utm_campaign: "autumn", cart_id: cart.id, visitor_id: "visitor-utm-1" },
        { authorization: shopper.headers.authorization }
      )
      expect(touch.status).toBe(201)
      const order = await completeCart(api, shop, cart.id, shopper.headers)
      const attribution = await attributionOf(order.id)
      expect(attribution).toMatchObject({ network: "pinterest", campaign: "autumn", customer_id: shopper.customer.id, ad_consent: false })
      expect(attribution.conversion_events).toEqual([])

      const report = await api.get("/admin/social/attribution/report?group_by=campaign&currency_code=EUR&model=linear", admin)
      expect(report.data.report).toMatchObject({ model: "linear", currency_code: "eur", totals: { orders: 1 } })
      expect(report.data.report.groups[0]).toMatchObject({ key: "autumn", orders: 1, share: 1 })
      const byProduct = await api.get("/admin/social/attribution/report?group_by=product", admin)
      expect(byProduct.data.report.groups).toEqual([expect.objectContaining({ key: shop.product_id, orders: 1 })])
    })

    it("attributes by a click id alone", async () => {
      const touch = await postTouch({ epik: "dj0yJnU9b2JDcFFH", landing_path: "/products/enamel-mug" })
      const { attribution } = await checkout(store, touch.data.visitor_id)
      expect(attribution.network).toBe("pinterest")
      expect(attribution.campaign).toBeNull()
    })

    it("binds touches only to a cart of the same visitor or of its logged-in customer", async () => {
      const owner = "visitor-owner-1234"
      const thief = "visitor-thief-1234"
      // A touch a minute old (the storefront's clock) is taken.
      expect((await postTouch({ utm_source: "pinterest", occurred_at: new Date(Date.now() - 60_000).toISOString() }, { "x-social-visitor-id": owner })).status).toBe(201)
      const stolen = await postTouch({ sc: "thief123", utm_source: "facebook" }, { "x-social-visitor-id": thief })
      expect(stolen.status).toBe(201)
      const cart = await createCart(api, shop, store, "owner@example.com")
      const bind = (visitor: string, headers: Record<string, string> = store) =>
        fail(api.post("/store/social/touches/bind", { cart_id: cart.id }, { headers: { ...headers, "x-social-visitor-id": visitor } }))
      expect((await bind(owner)).data.bound).toBe(1)
      // Another visitor who learnt the cart id can neither bind nor post a touch onto it.
      const refused = await bind(thief)
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("cart_id")])
      const onto = await fail(postTouch({ utm_source: "facebook", cart_id: cart.id }, { "x-social-visitor-id": thief }))
      expect([onto.status, onto.data.message]).toEqual([400, expect.stringContaining("cart_id")])
      expect(await service().listSocialTouches({ cart_id: cart.id })).toHaveLength(1)
      // The owner may bind again (a touch posted with the cart id).
      expect((await postTouch({ utm_source: "x", cart_id: cart.id }, { "x-social-visitor-id": owner })).status).toBe(201)

      // A registered customer's cart: only that customer, logged in.
      const customer = await createCustomerHeaders(api, shop.publishable)
      const mine = await createCart(api, shop, customer.headers, customer.customer.email)
      const asGuest = await fail(api.post("/store/social/touches/bind", { cart_id: mine.id }, { headers: { ...store, "x-social-visitor-id": thief } }))
      expect([asGuest.status, asGuest.data.message]).toEqual([400, expect.stringContaining("cart_id")])
      const asOwner = await fail(api.post("/store/social/touches/bind", { cart_id: mine.id }, { headers: { ...customer.headers, "x-social-visitor-id": "visitor-customer-1" } }))
      expect(asOwner.status).toBe(200)

      const order = await completeCart(api, shop, cart.id, store)
      const attribution = await attributionOf(order.id)
      expect(attribution.share_code).toBeNull()
      expect(attribution.network).not.toBe("facebook")
    })

    it("calls an order without touches direct", async () => {
      const { attribution } = await checkout()
      expect(attribution).toMatchObject({ network: "direct", share_code: null, deciding_touch_id: null })
      expect(attribution.trace.note).toBe("no touch: direct")
      const report = await api.get("/admin/social/attribution/report?group_by=network", admin)
      expect(report.data.report.groups).toEqual([expect.objectContaining({ key: "direct", orders: 1, share: 1 })])
    })

    it("leaves out a touch older than the window and says why", async () => {
      // The route takes landings of the last hour only: record one as the storefront did 40 days ago.
      const visitor = "visitor-forty-days"
      const touch = await recordTouch(getContainer(), {
        body: { utm_source: "facebook", consent: "granted" },
        visitor_id: visitor,
        customer_id: null,
        ip: "203.0.113.9",
        user_agent: "test",
        now: new Date(Date.now() - 40 * DAY),
      })
      const { attribution } = await checkout(store, visitor)
      expect(attribution.network).toBe("direct")
      expect(attribution.trace.excluded).toEqual([expect.objectContaining({ touch_id: touch.recorded && touch.touch.id, reason: "outside_window" })])
      expect(attribution.conversion_events).toEqual([])
    })

    it("keeps nothing of a visitor who refused consent", async () => {
      await postTouch({ utm_source: "x" }, { "x-social-visitor-id": "visitor-no-consent" })
      const res = await postTouch({ utm_source: "facebook", fbclid: "AbC", ref: "FRIEND10", consent: "denied" }, { "x-social-visitor-id": "visitor-no-consent" })
      expect(res.status).toBe(200)
      expect(res.data).toMatchObject({ recorded: false, touch: null, reason: "consent denied" })
      // The earlier touch of that visitor is gone too: consent withdrawn.
      expect(await service().listSocialTouches({ visitor_id: "visitor-no-consent" })).toHaveLength(0)
      const { attribution } = await checkout(store, "visitor-no-consent")
      expect(attribution.network).toBe("direct")
    })

    it("answers 400 naming the field for bad input, and writes nothing", async () => {
      const cases: Array<[Record<string, unknown>, string, Record<string, string>?]> = [
        [{ utm_source: "facebook", colour: "red" }, "colour"],
        [{ sc: "bad code!" }, "sc"],
        [{ ref: "x" }, "ref"],
        [{ utm_campaign: "c".repeat(251) }, "utm_campaign"],
        [{ fbclid: "f".repeat(501) }, "fbclid"],
        [{ consent: "maybe" }, "consent"],
        [{ landing_path: "https://evil.example/" }, "landing_path"],
        [{ referrer: "javascript:alert(1)" }, "referrer"],
        [{ cart_id: "not-a-cart" }, "cart_id"],
        [{ occurred_at: "yesterday" }, "occurred_at"],
        [{ occurred_at: new Date(Date.now() + DAY).toISOString() }, "occurred_at"],
        [{ occurred_at: new Date(Date.now() + 5 * 60_000).toISOString() }, "occurred_at"],
        [{ occurred_at: new Date(Date.now() - 2 * 3600_000).toISOString() }, "occurred_at"],
        [{ occurred_at: new Date(Date.now() - 40 * DAY).toISOString() }, "occurred_at"],
        [{ utm_source: "x" }, "x-social-visitor-id", { "x-social-visitor-id": "bad id with spaces" }],
      ]
      for (const [body, field, headers] of cases) {
        const res = await fail(postTouch(body, headers))
        expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(field)])
      }
      const missingCart = await fail(postTouch({ cart_id: "cart_01JZZZZZZZZZZZZZZZZZZZZZZZ" }))
      expect(missingCart.status).toBe(404)
      const bind = await fail(api.post("/store/social/touches/bind", { cart_id: "cart_01JZZZZZZZZZZZZZZZZZZZZZZZ", visitor_id: "visitor-1234" }, { headers: store }))
      expect(bind.status).toBe(404)
      const noVisitor = await fail(api.post("/store/social/touches/bind", { cart_id: "cart_01JZZZZZZZZZZZZZZZZZZZZZZZ" }, { headers: store }))
      expect([noVisitor.status, noVisitor.data.message]).toEqual([400, expect.stringContaining("visitor_id")])
      expect(await service().listSocialTouches({})).toHaveLength(0)

      for (const [q, field] of [
        ["group_by=colour", "group_by"],
        ["model=u_shaped", "model"],
        ["from=2026-13-01", "from"],
        ["from=2026-05-01&to=2026-04-01", "from"],
        ["currency_code=euro", "currency_code"],
        ["limit=5", "limit"],
      ]) {
        const res = await fail(api.get(`/admin/social/attribution/report?${q}`, admin))
        expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(field)])
      }
      expect((await fail(api.get("/admin/social/attribution/report"))).status).toBe(401)
      expect((await fail(api.get("/admin/social/attribution/orders/order_missing", admin))).status).toBe(404)
      expect((await fail(api.post("/store/social/touches", {}))).status).toBe(400)
    })

    it("reports orders per post of the shop's own accounts (group_by=post), each through the post's own link", async () => {
      const account = (await api.post("/admin/social/accounts", { network: "x", name: "Acme on X", external_id: "acme", credentials: { access_token: "t" } }, admin)).data.account
      const { data } = await api.post("/admin/social/posts", { account_id: account.id, product_id: shop.product_id, template: "{title} {price}", currency_code: "eur" }, admin)
      const post = data.post
      // A shopper lands from the post's link (its share code), another from a customer's share.
      const fromPost = await postTouch({ sc: post.share_code, utm_source: "x", utm_medium: "social", landing_path: `/products/x?sc=${post.share_code}`, consent: "granted" })
      const { order } = await checkout(store, fromPost.data.visitor_id)
      const fromShare = await postTouch({ sc: "cust1234", utm_source: "facebook", utm_medium: "social", consent: "granted" })
      const other = await checkout(store, fromShare.data.visitor_id)

      const { data: byPost } = await api.get("/admin/social/attribution/report?group_by=post", admin)
      const total = Number(order.total) + Number(other.order.total)
      expect(byPost.report).toMatchObject({ group_by: "post", currency_code: "eur", totals: { orders: 2, revenue: total } })
      expect(byPost.report.groups).toEqual([
        {
          key: post.id,
          orders: 1,
          revenue: Number(order.total),
          aov: Number(order.total),
          share: Math.round((Number(order.total) / total) * 10000) / 10000,
          post: { id: post.id, account_id: account.id, network: "x", share_code: post.share_code },
        },
      ])
      expect(byPost.report.series).toEqual([expect.objectContaining({ orders: 2, groups: { [post.id]: { orders: 1, revenue: Number(order.total) } } })])
    })

    it("retries a platform outage with backoff and gives up on a permanent error", async () => {
      const touch = await postTouch({ utm_source: "facebook", consent: "granted" })
      const { order } = await checkout(store, touch.data.visitor_id)
      meta.failNext(1, { status: 503, body: { error: { code: 2, message: "Service temporarily unavailable", is_transient: true } } })
      pinterest.failNext(1, { status: 401, body: { code: 2, message: "Authentication failed." } })
      const first = await deliverConversionEventsWorkflow(getContainer()).run({ input: {} })
      expect(first.result).toEqual({ sent: 1, retry: 1, failed: 1 })
      const rows = await service().listSocialConversionEvents({ order_id: order.id })
      const metaRow = rows.find((r) => r.destination === "meta")!
      expect(metaRow).toMatchObject({ status: "pending", attempts: 1, last_error: expect.stringContaining("temporarily unavailable") })
      expect(new Date(metaRow.next_attempt_at!).getTime()).toBeGreaterThan(Date.now() + 10_000)
      expect(rows.find((r) => r.destination === "pinterest")).toMatchObject({ status: "failed", last_error: expect.stringContaining("Authentication failed") })

      // Not due yet: nothing is sent. Once due, it goes.
      expect((await deliverConversionEventsWorkflow(getContainer()).run({ input: {} })).result).toEqual({ sent: 0, retry: 0, failed: 0 })
      await service().updateSocialConversionEvents({ id: metaRow.id, next_attempt_at: new Date(Date.now() - 1000) })
      expect((await deliverConversionEventsWorkflow(getContainer()).run({ input: {} })).result).toEqual({ sent: 1, retry: 0, failed: 0 })
      expect(meta.accepted.has(`Purchase:${order.id}`)).toBe(true)
    })

    it("erases a deleted customer's touches and purges expired ones", async () => {
      const shopper = await createCustomerHeaders(api, shop.publishable)
      await postTouch({ utm_source: "x", visitor_id: "visitor-erase-1" }, { authorization: shopper.headers.authorization })
      await postTouch({ utm_source: "reddit", visitor_id: "visitor-other-1" })
      await api.delete(`/admin/customers/${shopper.customer.id}`, admin)
      for (let i = 0; i < 50 && (await service().listSocialTouches({ visitor_id: "visitor-erase-1" })).length; i++) {
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(await service().listSocialTouches({ visitor_id: "visitor-erase-1" })).toHaveLength(0)
      expect(await service().listSocialTouches({ visitor_id: "visitor-other-1" })).toHaveLength(1)
      expect(await service().purgeExpiredTouches(new Date(Date.now() + 91 * DAY))).toBe(1)
      expect(await service().listSocialTouches({})).toHaveLength(0)
    })
    it("shows the overview: share clicks, visitors, attributed orders and revenue beside the previous period, and the funnel", async () => {
      const share = await api.get(`/store/social/products/${shop.product_id}/share?currency_code=eur`, { headers: store })
      const code = share.data.share.links.find((l: any) => l.network === "facebook").code
      const [row] = await getContainer().resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).listSocialShareLinks({ code })
      // Two people and a bot clicked today; one person 40 days ago (the previous period).
      await recordVisits(getContainer(), row.id, [
        [new Date(), 2, 1],
        [new Date(Date.now() - 40 * DAY), 1],
      ])
      const touch = await postTouch({ sc: code, utm_source: "facebook", utm_medium: "social", consent: "granted" })
      const { order } = await checkout(store, touch.data.visitor_id)
      await checkout(store, undefined, "walk-in@example.com") // another shopper, direct: not social

      const { data, status } = await api.get("/admin/social/overview", admin)
      expect(status).toBe(200)
      const o = data.overview
      expect(o.currency_code).toBe("eur")
      expect(o.kpis.share_clicks).toEqual({ current: 2, previous: 1, change: 1 })
      expect(o.kpis.distinct_visitors).toMatchObject({ current: 2, previous: 1 })
      expect(o.kpis.attributed_orders).toEqual({ current: 1, previous: 0, change: null })
      expect(o.kpis.attributed_revenue.current).toBe(Number(order.total))
      expect(o.kpis.conversion_rate.current).toBe(1)
      expect(o.funnel.map((s: any) => [s.step, s.value])).toEqual([
        ["shares", 1],
        ["clicks", 2],
        ["visits", 1],
        ["orders", 1],
      ])
      expect(o.series.networks).toEqual(["facebook"])
      expect(o.series.days).toHaveLength(30)
      expect(o.series.days.find((d: any) => d.orders > 0)).toMatchObject({ orders: 1, revenue: Number(order.total) })
      expect(o.top_products).toEqual([expect.objectContaining({ product_id: shop.product_id, clicks: 2, visitors: 2, links: 1 })])

      const bad = await fail(api.get("/admin/social/overview?from=2026-13-01", admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("from")
      expect((await fail(api.get("/admin/social/overview"))).status).toBe(401)
    })
  },
})
