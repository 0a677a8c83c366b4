import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderShipmentWorkflow, markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { REVIEW_REQUEST_MODULE, signReviewToken, type ReviewRequestModuleService } from "../../src/modules/review-request"
import { PRODUCT_REVIEW_MODULE, type ProductReviewModuleService } from "../../src/modules/product-review"
import { sendDueReviewRequests } from "../../src/workflows/review-request/send-due-review-requests"
import { createAdminHeaders, createCustomerHeaders } from "../helpers/auth"
import { addShopProduct, completeCart, createCart, createShop, type Shop } from "../helpers/commerce"
import { andWait, fulfillOrder, returnItems, type PlacedOrder } from "../helpers/orders"


const DAY = 86_400_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let shop: Shop
    let mug: { id: string; variants: { id: string }[] }

    beforeAll(async () => {
      shop = await createShop(getContainer())
      mug = await addShopProduct(getContainer(), shop, "Stoneware Mug", 12)
    })

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    const requests = () => getContainer().resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE)
    const reviews = () => getContainer().resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const answer = (p: Promise<any>) => p.catch((e) => e.response)
    const sentRequests = async () =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "social-review-request" } as any)) as any[]
    const tokenOf = (url: string) => decodeURIComponent(new URL(url).searchParams.get("token")!)
    const review = { rating: 4, title: "Solid mug", body: "Keeps coffee warm and survives the dishwasher." }

    /** A customer checks out the shop's product and the mug; the warehouse ships every line. */
    async function shippedOrder() {
      const c = getContainer()
      const buyer = await createCustomerHeaders(api, shop.publishable)
      const cart = await createCart(api, shop, buyer.headers, buyer.customer.email, [
        { variant_id: shop.variant_id, quantity: 1 },
        { variant_id: mug.variants[0].id, quantity: 1 },
      ])
      const placed = await completeCart(api, shop, cart.id, buyer.headers)
      const query = c.resolve(ContainerRegistrationKeys.QUERY)
      const read = async () =>
        (await query.graph({ entity: "order", fields: ["id", "items.id", "items.product_id", "items.quantity", "fulfillments.id"], filters: { id: placed.id } }))
          .data[0] as any
      const row = await read()
      const order: PlacedOrder = {
        id: row.id,
        total: 0,
        payment_id: "",
        // One of each was ordered.
        items: row.items.map((i: any) => ({ id: i.id, product_id: i.product_id, quantity: 1 })),
      }
      await fulfillOrder(c, shop, order)
      const fulfillment_id = (await read()).fulfillments[0].id as string
      await andWait(c, "shipment.created", () =>
        createOrderShipmentWorkflow(c).run({
          input: { order_id: order.id, fulfillment_id, items: order.items.map((i) => ({ id: i.id, quantity: i.quantity })) },
        })
      )
      return { buyer, order, fulfillment_id }
    }

    const requestOf = async (order: PlacedOrder) => (await requests().listReviewRequests({ order_id: order.id }, { relations: ["items"] }))[0]

    it("asks after shipment, lets the buyer review once through the link without logging in, and stops after an unsubscribe", async () => {
      // Settings: on, 3 days after shipment in France (5 elsewhere), one reminder 4 days later.
      for (const [body, field] of [
        [{ delay_days: "five" }, "delay_days"],
        [{ country_delays: { france: 3 } }, "country_delays"],
        [{ reminder_days: 0 }, "reminder_days"],
        [{ enabled: true, colour: "red" }, "colour"],
      ] as const) {
        const bad = await answer(api.post("/admin/social/review-requests/settings", body, admin))
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining(field)])
      }
      expect((await api.get("/admin/social/review-requests/settings", admin)).data.settings).toMatchObject({ enabled: false })
      const saved = await api.post(
        "/admin/social/review-requests/settings",
        { enabled: true, delay_days: 5, country_delays: { FR: 3 }, reminder_days: 4 },
        admin
      )
      expect(saved.data.settings).toEqual({ enabled: true, delay_days: 5, after_delivery_days: 0, country_delays: { fr: 3 }, reminder_days: 4 })

      const { buyer, order } = await shippedOrder()
      const scheduled = await requestOf(order)
      expect(scheduled).toMatchObject({ status: "scheduled", country_code: "fr", customer_id: buyer.customer.id, email: buyer.customer.email })
      expect(scheduled.items).toHaveLength(2)
      expect(new Date(scheduled.due_at).getTime() - new Date(scheduled.shipped_at!).getTime()).toBe(3 * DAY)

      // Not due yet: nothing goes out. Due: one request with both lines; run twice, sent once.
      expect((await sendDueReviewRequests(getContainer(), new Date(Date.now() + 2 * DAY))).sent).toBe(0)
      const at = new Date(Date.now() + 4 * DAY)
      expect((await sendDueReviewRequests(getContainer(), at)).sent).toBe(1)
      expect((await sendDueReviewRequests(getContainer(), at)).sent).toBe(0)
      const [sent, ...more] = await sentRequests()
      expect(more).toHaveLength(0)
      expect(sent).toMatchObject({ to: buyer.customer.email, channel: "email", receiver_id: buyer.customer.id, resource_id: order.id })
      expect(sent.data).toMatchObject({
        reminder: false,
        shop: { name: expect.any(String), url: "http://localhost:8000" },
        customer_name: "Test S.",
        unsubscribe_url: expect.stringContaining("/reviews/unsubscribe?token="),
      })
      expect(sent.data.items.map((i: any) => i.title).sort()).toEqual(["Stoneware Mug", expect.any(String)].sort())
      const mugLink = sent.data.items.find((i: any) => i.product_id === mug.id)
      const otherLink = sent.data.items.find((i: any) => i.product_id !== mug.id)
      const token = tokenOf(mugLink.review_url)
      expect(tokenOf(otherLink.review_url)).not.toBe(token)

      // What the link asks about, without logging in.
      const shown = await api.get(`/store/social/review-requests/${token}`, shop.publishable)
      expect(shown.data.review_request).toMatchObject({ item: { product_id: mug.id, title: "Stoneware Mug" }, author_name: "Test S." })
      expect(new Date(shown.data.review_request.expires_at).getTime()).toBeCloseTo(at.getTime() + 60 * DAY, -4)

      // Forged, malformed, expired, and a token naming another line under this link's signature.
      const [itemId, exp, sig] = token.split(".")
      const otherItem = tokenOf(otherLink.review_url).split(".")[0]
      const secret = requests().getOptions().secret
      const expired = signReviewToken(secret, { item_id: itemId, expires_at: new Date(Date.now() - 1000) })
      for (const [bad, status] of [
        [`${itemId}.${exp}.${sig.slice(0, -3)}abc`, 401],
        [`${otherItem}.${exp}.${sig}`, 401],
        ["not-a-token", 401],
        [expired, 400],
      ] as const) {
        const get = await answer(api.get(`/store/social/review-requests/${bad}`, shop.publishable))
        const post = await answer(api.post(`/store/social/review-requests/${bad}`, review, shop.publishable))
        const unsubscribe = await answer(api.post(`/store/social/review-requests/${bad}/unsubscribe`, {}, shop.publishable))
        expect([get.status, post.status, unsubscribe.status]).toEqual([status, status, status])
        expect(post.data.message).toMatch(status === 400 ? /expired/ : /not valid/)
      }
      // Bad fields: a 400 naming the field; the link cannot pick another product.
      for (const [body, field] of [
        [{ ...review, rating: 9 }, "rating"],
        [{ ...review, body: "short" }, "body"],
        [{ title: "No rating", body: "A body long enough to pass." }, "rating"],
        [{ ...review, product_id: shop.product_id }, "product_id"],
        [{ ...review, social_consent: "yes" }, "social_consent"],
      ] as const) {
        const res = await answer(api.post(`/store/social/review-requests/${token}`, body, shop.publishable))
        expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(field)])
      }
      expect(await reviews().listProductReviews({})).toHaveLength(0)

      // The review: verified, the order's customer's, of the link's product, pending moderation;
      // the buyer agreed that the shop may quote it in its posts (as on the store review route).
      const created = await api.post(`/store/social/review-requests/${token}`, { ...review, social_consent: true }, shop.publishable)
      expect(created.status).toBe(201)
      expect(created.data.review).toMatchObject({ product_id: mug.id, rating: 4, status: "pending", verified_purchase: true, author_name: "Test S.", social_consent: true })
      const [row] = await reviews().listProductReviews({})
      expect(row).toMatchObject({ customer_id: buyer.customer.id, order_id: order.id, product_id: mug.id, social_consent: true })
      // Used once: the same link again is a 422 and writes nothing.
      const again = await answer(api.post(`/store/social/review-requests/${token}`, { ...review, rating: 1 }, shop.publishable))
      expect([again.status, again.data.message]).toEqual([422, expect.stringMatching(/already used/)])
      expect((await answer(api.get(`/store/social/review-requests/${token}`, shop.publishable))).status).toBe(422)
      expect(await reviews().listProductReviews({})).toHaveLength(1)

      // The admin sees the request sent and converted.
      const listed = await api.get("/admin/social/review-requests", admin)
      expect(listed.data.review_requests[0]).toMatchObject({ order_id: order.id, status: "sent" })
      expect(listed.data.review_requests[0].items.find((i: any) => i.product_id === mug.id)).toMatchObject({ status: "reviewed", review_id: row.id })
      expect(listed.data.stats).toMatchObject({ sent: 1, reviewed: 1, conversion_rate: 1 })

      // Unsubscribe (the used link still works for that); the reminder never goes out, nor does
      // a request for the customer's next order.
      expect((await api.post(`/store/social/review-requests/${token}/unsubscribe`, {}, shop.publishable)).data).toEqual({ unsubscribed: true })
      expect((await api.post(`/store/social/review-requests/${token}/unsubscribe`, {}, shop.publishable)).data).toEqual({ unsubscribed: true })
      expect((await sendDueReviewRequests(getContainer(), new Date(Date.now() + 30 * DAY))).reminded).toBe(0)
      expect(await sentRequests()).toHaveLength(1)
      const stats = (await api.get("/admin/social/review-requests?status=unsubscribed", admin)).data
      expect(stats.count).toBe(1)
      expect(stats.stats).toMatchObject({ unsubscribed: 1 })
      const bad = await answer(api.get("/admin/social/review-requests?status=opened", admin))
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("status")])
    })

    it("leaves out returned lines, asks at once on delivery, reminds once, and sends nothing while switched off", async () => {
      const c = getContainer()
      // Off (the default): a shipment schedules nothing.
      const off = await shippedOrder()
      expect(await requestOf(off.order)).toBeUndefined()

      await api.post("/admin/social/review-requests/settings", { enabled: true, delay_days: 10, reminder_days: 3 }, admin)
      const { order, fulfillment_id } = await shippedOrder()
      expect(new Date((await requestOf(order)).due_at).getTime()).toBeGreaterThan(Date.now() + 9 * DAY)
      // Delivered: due at once (after_delivery_days 0).
      await andWait(c, "delivery.created", () => markOrderFulfillmentAsDeliveredWorkflow(c).run({ input: { orderId: order.id, fulfillmentId: fulfillment_id } }))
      const delivered = await requestOf(order)
      expect(delivered.delivered_at).not.toBeNull()
      expect(new Date(delivered.due_at).getTime()).toBeLessThanOrEqual(Date.now())

      // The mug is sent back before the request goes out: only the other line is asked about.
      const mugLine = order.items.find((i) => i.product_id === mug.id)!
      await returnItems(c, shop, order.id, [{ id: mugLine.id, quantity: 1 }])
      expect((await sendDueReviewRequests(c)).sent).toBe(1)
      const [first] = await sentRequests()
      expect(first.data.items.map((i: any) => i.product_id)).toEqual([shop.product_id])
      const settled = await requestOf(order)
      expect(settled.items.find((i) => i.product_id === mug.id)!.status).toBe("excluded")
      // The excluded line's link does not work.
      const mugToken = signReviewToken(requests().getOptions().secret, {
        item_id: settled.items.find((i) => i.product_id === mug.id)!.id,
        expires_at: new Date(Date.now() + DAY),
      })
      expect((await answer(api.post(`/store/social/review-requests/${mugToken}`, review, shop.publishable))).status).toBe(400)

      // One reminder, 3 days later, with the same link; never a second one.
      expect((await sendDueReviewRequests(c, new Date(Date.now() + 2 * DAY))).reminded).toBe(0)
      expect((await sendDueReviewRequests(c, new Date(Date.now() + 4 * DAY))).reminded).toBe(1)
      expect((await sendDueReviewRequests(c, new Date(Date.now() + 9 * DAY))).reminded).toBe(0)
      const all = await sentRequests()
      expect(all).toHaveLength(2)
      const reminder = all.find((n) => n.data.reminder)
      expect(reminder.data.items[0].review_url).toBe(first.data.items[0].review_url)
      expect((await requestOf(order)).status).toBe("reminded")

      // Switched off again: nothing is sent, even when due.
      await api.post("/admin/social/review-requests/settings", { enabled: false }, admin)
      const later = await shippedOrder()
      expect(await requestOf(later.order)).toBeUndefined()
      const listed = await api.get("/admin/social/review-requests", admin)
      expect(listed.data.stats).toMatchObject({ sent: 1, reminded: 1, reviewed: 0, conversion_rate: 0 })
    })
  },
})
