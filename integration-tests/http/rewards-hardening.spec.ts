import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders, createCustomerHeaders, createPublishableKeyHeaders } from "../helpers/auth"
import { createBuyer, createTestOrder, createTestProduct } from "../helpers/reviews"
import { createOrder, emitAndWait } from "../helpers/rewards"
import { createCardProduct, defaultSalesChannel, setStoreCurrencies } from "../helpers/cards"
import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { SOCIAL_SHARE_MODULE } from "../../src/modules/social-share"
import type SocialShareModuleService from "../../src/modules/social-share/service"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../src/modules/social-attribution"
import type SocialAttributionModuleService from "../../src/modules/social-attribution/service"
import { SOCIAL_REWARD_MODULE } from "../../src/modules/social-reward"
import type SocialRewardModuleService from "../../src/modules/social-reward/service"
import releaseRewardGrantsJob from "../../src/jobs/release-reward-grants"
import { PRODUCT_REVIEW_MODULE, type ProductReviewModuleService } from "../../src/modules/product-review"
import { REVIEW_REQUEST_MODULE } from "../../src/modules/review-request"
import type ReviewRequestModuleService from "../../src/modules/review-request/service"
import { DEFAULT_REVIEW_REQUEST_SETTINGS } from "../../src/modules/review-request/lib/schedule"
import { PRODUCT_QUESTION_MODULE } from "../../src/modules/product-question"
import type ProductQuestionModuleService from "../../src/modules/product-question/service"
import { purgeSocialRetentionWorkflow } from "../../src/workflows/social-privacy/workflows/purge-social-retention"


// The holes a security review found in rewards, reviews and referrals (issue 13), each with the
// outcome a shopper or a merchant would notice.
const reviewRule = {
  name: "Thanks for your review",
  status: "active",
  trigger: "review_approved",
  reward: { type: "fixed", value: 5, currency_code: "EUR", expires_in_days: 14 },
  caps: { period: "month", max_count: 10 },
  hold_hours: 24,
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let pk: { headers: Record<string, string> }

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    beforeEach(async () => {
      pk = await createPublishableKeyHeaders(getContainer())
    })

    const rewards = () => getContainer().resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const createRule = async (body: Record<string, unknown>) => (await api.post("/admin/social/reward-rules", body, admin)).data.reward_rule
    const waitEvent = (name: string) => TestEventUtils.waitSubscribersExecution(name, getContainer().resolve(Modules.EVENT_BUS) as any)

    async function writeAndApprove(buyer: { headers: Record<string, string> }, productId: string) {
      const { data } = await api.post(
        "/store/social/reviews",
        { product_id: productId, rating: 4, title: "Nice tee", body: "Soft and it fits well." },
        { headers: buyer.headers }
      )
      const approved = waitEvent("social.review.approved")
      await api.post(`/admin/social/reviews/${data.review.id}/approve`, {}, admin)
      await approved
      return data.review.id as string
    }

    describe("reviews earn once per product", () => {
      it("a deleted review's held grant is revoked, and the same product reviewed again earns nothing more", async () => {
        await createRule(reviewRule)
        const c = getContainer()
        const tee = await createTestProduct(c, "Tee")
        const ann = await createBuyer(c, api, pk, [tee])

        const first = await writeAndApprove(ann, tee.id)
        const [grant] = await rewards().listRewardGrants({ customer_id: ann.customer.id })
        expect(grant).toMatchObject({ status: "held", source_id: first })

        const deleted = waitEvent("social.review.deleted")
        await api.delete(`/store/social/reviews/${first}`, { headers: ann.headers })
        await deleted
        expect(await rewards().retrieveRewardGrant(grant.id)).toMatchObject({ status: "revoked", status_reason: "review deleted" })

        // Written again and approved: still one grant for this customer and product, and it stays revoked.
        const second = await writeAndApprove(ann, tee.id)
        expect(second).not.toBe(first)
        const grants = await rewards().listRewardGrants({ customer_id: ann.customer.id })
        expect(grants.map((g) => [g.id, g.status])).toEqual([[grant.id, "revoked"]])
        await releaseRewardGrantsJob(c)
        expect(await c.resolve(Modules.PROMOTION).listPromotions({})).toEqual([])
      })

      it("a deleted review whose code was already issued keeps it (the reward is paid)", async () => {
        await createRule({ ...reviewRule, hold_hours: 0 })
        const c = getContainer()
        const tee = await createTestProduct(c, "Tee")
        const ann = await createBuyer(c, api, pk, [tee])
        const id = await writeAndApprove(ann, tee.id)
        const [grant] = await rewards().listRewardGrants({ customer_id: ann.customer.id })
        expect(grant.status).toBe("issued")
        const deleted = waitEvent("social.review.deleted")
        await api.delete(`/store/social/reviews/${id}`, { headers: ann.headers })
        await deleted
        expect((await rewards().retrieveRewardGrant(grant.id)).status).toBe("issued")
        const [promotion] = await c.resolve(Modules.PROMOTION).listPromotions({ id: grant.promotion_id! })
        expect(promotion.status).toBe("active")
      })
    })

    describe("verified purchase", () => {
      it("only a paid order (authorized or captured, not refunded in full) verifies a purchase", async () => {
        const c = getContainer()
        const tee = await createTestProduct(c, "Tee")
        const body = { product_id: tee.id, rating: 4, title: "Nice tee", body: "Soft and it fits well." }
        const post = (headers: Record<string, string>) => api.post("/store/social/reviews", body, { headers }).catch((e: any) => e.response)

        const unpaid = await createCustomerHeaders(api, pk)
        await createTestOrder(c, unpaid.customer, [tee], "completed", "unpaid")
        const refused = await post(unpaid.headers)
        expect([refused.status, refused.data.message]).toEqual([400, "Only customers who bought this product can review it"])

        const refundedBuyer = await createCustomerHeaders(api, pk)
        const order = await createTestOrder(c, refundedBuyer.customer, [tee])
        const { data } = await c.resolve("query").graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
        const paymentId = (data[0] as any).payment_collections[0].payments[0].id
        await c.resolve(Modules.PAYMENT).refundPayment({ payment_id: paymentId, amount: 25 } as any)
        expect((await post(refundedBuyer.headers)).status).toBe(400)

        const authorizedOnly = await createCustomerHeaders(api, pk)
        await createTestOrder(c, authorizedOnly.customer, [tee], "pending", "authorized")
        const ok = await post(authorizedOnly.headers)
        expect([ok.status, ok.data.review.verified_purchase]).toEqual([201, true])
      })
    })

    describe("referral checks", () => {
      it("compare the IP Medusa's trusted proxy gives, not a forged first X-Forwarded-For entry; one's own code is refused", async () => {
        await createRule({ ...reviewRule, name: "Friend", trigger: "referral_friend", hold_hours: 720 })
        const alice = await createCustomerHeaders(api, pk)
        const sock = await createCustomerHeaders(api, pk)
        const device = { "user-agent": "same-phone" }
        // Behind one proxy (Medusa trusts one hop): the proxy appends the address it saw.
        const { data } = await api.get("/store/social/me/referral", { headers: { ...alice.headers, ...device, "x-forwarded-for": "203.0.113.7" } })
        // Same device, same network; the client puts a made-up address first.
        const claim = await api.post(
          "/store/social/referrals/claim",
          { code: data.referral.code },
          { headers: { ...sock.headers, ...device, "x-forwarded-for": "198.51.100.23, 203.0.113.7" } }
        )
        expect(claim.data.referral.status).toBe("pending")
        const queue = await api.get("/admin/social/referrals", admin)
        expect(queue.data.referrals).toEqual([expect.objectContaining({ friend_customer_id: sock.customer.id, status: "needs_review", signals: ["same_ip_ua"] })])

        const own = await api.post("/store/social/referrals/claim", { code: data.referral.code }, { headers: alice.headers }).catch((e: any) => e.response)
        expect([own.status, own.data.message]).toEqual([400, expect.stringContaining("code")])
        expect((await rewards().listReferrals({ friend_customer_id: alice.customer.id })).length).toBe(0)
      })
    })

    describe("share sales", () => {
      it("a sharer buying through their own link as a guest under another email waits for a person; a stranger's sale is held to pay", async () => {
        await createRule({ ...reviewRule, name: "Sold", trigger: "share_order", hold_hours: 720 })
        const c = getContainer()
        const alice = await createCustomerHeaders(api, pk)
        await createOrder(c, alice.customer, "1 Main Street") // her own earlier order: her address
        const share = c.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
        const {
          links: [link],
        } = await share.getOrCreateLinks([
          { customer_id: alice.customer.id, product_id: "prod_a", network: "whatsapp", creator_visitor_hash: null, locale: "", currency_code: "" },
        ])
        // Alice browses the storefront logged in, from her home network, on her browser.
        await api.post("/store/social/touches", { visitor_id: "alice-browser-1" }, { headers: { ...alice.headers, "x-forwarded-for": "203.0.113.5" } })

        const sale = async (visitor: string, ip: string, address: string) => {
          const cart = await c.resolve(Modules.CART).createCarts({ currency_code: "eur" })
          const touch = await api.post("/store/social/touches", { visitor_id: visitor, sc: link.code, cart_id: cart.id }, { headers: { ...pk.headers, "x-forwarded-for": ip } })
          expect(touch.status).toBe(201)
          const email = `guest-${Math.random().toString(36).slice(2, 8)}@example.com`
          const [guest] = await c.resolve(Modules.CUSTOMER).createCustomers([{ email, has_account: false }])
          const order = await createOrder(c, { id: guest.id, email }, address)
          await c.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE).writeAttribution({
            order_id: order.id,
            cart_id: cart.id,
            customer_id: guest.id,
            model: "last_non_direct",
            network: "whatsapp",
            campaign: null,
            share_code: link.code,
            referral_code: null,
            deciding_touch_id: touch.data.touch.id,
            total: "60",
            currency_code: "eur",
            placed_at: new Date(),
            ad_consent: false,
            weights: { last_non_direct: [{ touch_id: touch.data.touch.id, network: "whatsapp", campaign: null, share_code: link.code, weight: 1 }] } as any,
            trace: {},
            lines: [],
            conversions: [],
          })
          await emitAndWait(c, "social.order.attributed", {
            order_id: order.id,
            customer_id: guest.id,
            model: "last_non_direct",
            network: "whatsapp",
            campaign: null,
            share_code: link.code,
            referral_code: null,
            revenue: 60,
            currency_code: "eur",
          })
          const [grant] = await rewards().listRewardGrants({ order_id: order.id })
          return [grant.status, grant.signals]
        }

        // Her browser's visit log includes her own logged-in visit, so its network matches too.
        expect(await sale("alice-browser-1", "198.51.100.9", "5 Far Lane")).toEqual(["needs_review", ["same_visitor", "same_ip_network"]])
        expect(await sale("other-phone-22", "203.0.113.77", "6 Far Lane")).toEqual(["needs_review", ["same_ip_network"]])
        expect(await sale("other-phone-33", "192.0.2.10", "1 main street")).toEqual(["needs_review", ["same_address"]])
        expect(await sale("stranger-tab-4", "192.0.2.11", "7 Far Lane")).toEqual(["held", null])
      })
    })

    describe("erasure and retention", () => {
      const attribution = () => getContainer().resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
      const attribute = async (orderId: string, customerId: string | null, placedAt = new Date()) =>
        attribution().writeAttribution({
          order_id: orderId,
          cart_id: "cart_x",
          customer_id: customerId,
          model: "last_non_direct",
          network: "whatsapp",
          campaign: null,
          share_code: null,
          referral_code: null,
          deciding_touch_id: null,
          total: "25",
          currency_code: "usd",
          placed_at: placedAt,
          ad_consent: true,
          weights: { last_non_direct: [{ touch_id: null, network: "whatsapp", campaign: null, share_code: null, weight: 1 }] } as any,
          trace: { considered: [{ visitor_id: "alice-visitor-1" }] },
          lines: [],
          conversions: [{ destination: "meta", payload: { event_id: orderId, email_sha256: "abc123", ip: "hashed" } as any }],
        })
      const sql = async (text: string, params: unknown[] = []) => (await getContainer().resolve("__pg_connection__" as any).raw(text, params)).rows

      it("customer.deleted erases or anonymises everything personal the plugin holds, and a second delivery changes nothing", async () => {
        await createRule(reviewRule)
        const c = getContainer()
        const tee = await createTestProduct(c, "Tee")
        const alice = await createBuyer(c, api, pk, [tee])
        const bob = await createBuyer(c, api, pk, [tee])
        const carol = await createCustomerHeaders(api, pk)
        const aliceReview = await writeAndApprove(alice, tee.id)
        const bobReview = await writeAndApprove(bob, tee.id)
        await api.post(`/store/social/reviews/${bobReview}/helpful`, {}, { headers: alice.headers })
        const {
          links: [link],
        } = await c.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).getOrCreateLinks([
          { customer_id: alice.customer.id, product_id: tee.id, network: "whatsapp", creator_visitor_hash: "alice-device", locale: "", currency_code: "" },
        ])
        await api.post("/store/social/touches", { visitor_id: "alice-visitor-1" }, { headers: alice.headers })
        await api.post("/store/social/touches", { visitor_id: "stranger-visitor", sc: link.code }, { headers: pk.headers })
        const { data } = await api.get("/store/social/me/referral", { headers: alice.headers })
        await api.post("/store/social/referrals/claim", { code: data.referral.code }, { headers: carol.headers })
        await attribute(alice.order!.id, alice.customer.id)
        const [event] = await attribution().listSocialConversionEvents({ order_id: alice.order!.id })
        await attribution().recordDelivery({ id: event.id, outcome: "sent" })
        // A review request still to be sent, and a question and an answer of hers.
        const requests = c.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE)
        const shipped = new Date()
        await requests.scheduleRequest(
          {
            order_id: alice.order!.id,
            customer_id: alice.customer.id,
            email: "alice@example.com",
            country_code: "de",
            shipped_at: shipped,
            delivered_at: null,
            items: [{ order_line_item_id: "ordli_erase_1", product_id: tee.id, title: "Tee", thumbnail: null }],
          },
          DEFAULT_REVIEW_REQUEST_SETTINGS
        )
        const questions = c.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE)
        const [question] = await questions.createProductQuestions([
          { product_id: tee.id, customer_id: alice.customer.id, email: "alice@example.com", author_name: "Alice S.", body: "Does it shrink?" },
        ])
        await questions.createProductAnswers([
          { question_id: question.id, body: "Not for me.", author_type: "customer", customer_id: alice.customer.id, author_name: "Alice S." },
        ])

        const erase = async () => {
          const done = waitEvent("customer.deleted")
          await c.resolve("event_bus").emit({ name: "customer.deleted", data: { id: alice.customer.id } } as any)
          await done
        }
        expect((await api.delete(`/admin/customers/${alice.customer.id}`, admin)).status).toBe(200)
        await erase() // The admin's delete emits it too; a second delivery must change nothing.

        const snapshot = async () => {
          const reviews = c.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
          return {
            review: (await reviews.listProductReviews({ id: aliceReview }))[0].author_name,
            bobReview: (await reviews.listProductReviews({ id: bobReview }))[0].helpful_count,
            votes: (await reviews.listReviewVotes({ review_id: bobReview })).map((v: any) => [v.voter_key.startsWith("erased:"), v.customer_id]),
            link: await sql(`SELECT customer_id, creator_visitor_hash, sharer_key LIKE 'erased:%' AS erased FROM social_share_link WHERE id = ?`, [link.id]),
            touches: await sql(`SELECT visitor_id, sharer_customer_id FROM social_touch ORDER BY visitor_id`),
            codes: (await rewards().listReferralCodes({})).length,
            referrals: (await rewards().listReferrals({})).map((r) => [r.referrer_customer_id, r.friend_customer_id === carol.customer.id]),
            grants: (await rewards().listRewardGrants({ source_id: aliceReview })).map((g) => [g.customer_id, g.status, g.status_reason]),
            attribution: await sql(`SELECT customer_id, cart_id, trace FROM social_order_attribution WHERE order_id = ?`, [alice.order!.id]),
            event: await sql(`SELECT status, payload FROM social_conversion_event WHERE order_id = ?`, [alice.order!.id]),
            request: await sql(
              `SELECT r.customer_id, r.email, r.status, r.skip_reason, i.status AS item_status
                 FROM review_request r JOIN review_request_item i ON i.request_id = r.id WHERE r.order_id = ?`,
              [alice.order!.id]
            ),
            question: await sql(`SELECT customer_id, email, author_name, body FROM product_question WHERE id = ?`, [question.id]),
            answer: await sql(`SELECT customer_id, author_name, body FROM product_answer WHERE question_id = ?`, [question.id]),
          }
        }
        const after = await snapshot()
        expect(after).toEqual({
          review: null,
          bobReview: 1,
          votes: [[true, null]],
          link: [{ customer_id: null, creator_visitor_hash: null, erased: true }],
          touches: [{ visitor_id: "stranger-visitor", sharer_customer_id: null }],
          codes: 0,
          referrals: [[null, true]],
          grants: [[null, "revoked", "customer deleted"]],
          attribution: [{ customer_id: null, cart_id: null, trace: { erased: "customer deleted" } }],
          event: [{ status: "sent", payload: {} }],
          request: [{ customer_id: null, email: null, status: "skipped", skip_reason: "customer_erased", item_status: "excluded" }],
          question: [{ customer_id: null, email: null, author_name: null, body: "Does it shrink?" }],
          answer: [{ customer_id: null, author_name: null, body: "Not for me." }],
        })
        await erase()
        expect(await snapshot()).toEqual(after)
        // Bob's data is untouched.
        expect((await rewards().listRewardGrants({ customer_id: bob.customer.id })).map((g) => g.status)).toEqual(["held"])
      })

      it("the retention job deletes sent conversion events, old attributions and decided referrals, and keeps the rest", async () => {
        const c = getContainer()
        const day = 86400_000
        await attribute("order_old", null, new Date(Date.now() - 500 * day))
        await attribute("order_new", null)
        const events = await attribution().listSocialConversionEvents({})
        for (const e of events) await attribution().recordDelivery({ id: e.id, outcome: "sent" })
        await attribute("order_pending", null, new Date(Date.now() - 500 * day))
        await rewards().createReferrals([
          { code: "REF-A", referrer_customer_id: "cus_a", friend_customer_id: "cus_b", status: "qualified" },
          { code: "REF-A", referrer_customer_id: "cus_a", friend_customer_id: "cus_c", status: "needs_review" },
        ] as any)

        const run = async (daysAhead: number) =>
          (await purgeSocialRetentionWorkflow(c).run({ input: { now: new Date(Date.now() + daysAhead * day) } })).result
        expect(await run(0)).toEqual({ conversion_events: 0, attributions: 2, referrals: 0 }) // 400-day attributions
        expect(await run(31)).toEqual({ conversion_events: 2, attributions: 0, referrals: 0 }) // 30-day sent events
        expect(await run(731)).toEqual({ conversion_events: 0, attributions: 1, referrals: 1 })
        expect(await sql(`SELECT order_id, status FROM social_conversion_event ORDER BY order_id`)).toEqual([{ order_id: "order_pending", status: "pending" }])
        expect((await rewards().listReferrals({})).map((r) => r.status)).toEqual(["needs_review"])
        expect(await sql(`SELECT count(*)::int AS n FROM social_attribution_credit`)).toEqual([{ n: 0 }])
      })
    })

    describe("sales channels", () => {
      it("RSS and cards show nothing of a product sold only in a private channel (no publishable key, not the default)", async () => {
        const c = getContainer()
        await setStoreCurrencies(c)
        const open = await defaultSalesChannel(c)
        const {
          result: [wholesale],
        } = await createSalesChannelsWorkflow(c).run({ input: { salesChannelsData: [{ name: "Wholesale" }] } })
        const shop = await createCardProduct(c, { title: "Shop tee" })
        const trade = await createCardProduct(c, { title: "Trade pack", sales_channel_ids: [wholesale.id] })
        const raw = { maxRedirects: 0, validateStatus: () => true, responseType: "text" as const }

        expect((await api.get(`/social/cards/${shop.id}/og.png`, raw)).status).toBe(302)
        expect((await api.get(`/social/cards/${trade.id}/og.png`, raw)).status).toBe(404)

        const feed = (await api.get("/social/rss/products.xml", raw)).data as string
        expect(feed).toContain(shop.id)
        expect(feed).not.toContain(trade.id)
        expect(feed).not.toContain("Trade pack")
        const asked = await api.get(`/social/rss/products.xml?sales_channel_id=${wholesale.id}`, raw)
        expect([asked.status, asked.data]).toEqual([400, expect.stringContaining("sales_channel_id")])
        expect((await api.get(`/social/rss/products.xml?sales_channel_id=${open}`, raw)).data).toContain(shop.id)
      })
    })

    describe("issue and revoke race", () => {
      it("a grant revoked while its promotion is being made stays revoked, and that promotion is removed", async () => {
        await createRule(reviewRule)
        const c = getContainer()
        const tee = await createTestProduct(c, "Tee")
        const ann = await createBuyer(c, api, pk, [tee])
        await writeAndApprove(ann, tee.id)
        const [grant] = await rewards().listRewardGrants({ customer_id: ann.customer.id })
        await rewards().updateRewardGrants({ id: grant.id, hold_until: new Date(Date.now() - 1000) })

        const promotions = c.resolve(Modules.PROMOTION)
        const create = promotions.createPromotions.bind(promotions)
        // The admin revokes the grant exactly while the release job is making its promotion.
        const spy = jest.spyOn(promotions, "createPromotions").mockImplementationOnce((async (data: any, ctx: any) => {
          const revoked = await api.post(`/admin/social/reward-grants/${grant.id}/revoke`, { reason: "fraud" }, admin)
          expect(revoked.data.reward_grant.status).toBe("revoked")
          return create(data, ctx)
        }) as any)
        await releaseRewardGrantsJob(c)
        spy.mockRestore()

        expect(await rewards().retrieveRewardGrant(grant.id)).toMatchObject({ status: "revoked", status_reason: "fraud", code: null })
        expect(await promotions.listPromotions({})).toEqual([])
        expect(await promotions.listCampaigns({})).toEqual([])
        const notified = await c.resolve(Modules.NOTIFICATION).listNotifications({ receiver_id: ann.customer.id })
        expect(notified.filter((n: any) => n.template === "social-reward-issued")).toEqual([])
      })
    })
  },
})
