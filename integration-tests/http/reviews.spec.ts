import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import fs from "fs"
import path from "path"
import sharp from "sharp"
import { randomBytes } from "crypto"
import { pngBomb } from "../helpers/png-bomb"
import { PRODUCT_REVIEW_MODULE, type ProductReviewModuleService } from "../../src/modules/product-review"
import { createAdminHeaders, createPublishableKeyHeaders } from "../helpers/auth"
import { createBuyer, createTestOrder, createTestProduct } from "../helpers/reviews"


medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    beforeEach(async () => {
      store = await createPublishableKeyHeaders(getContainer())
    })

    const reviewModule = () => getContainer().resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    const answer = (p: Promise<any>) => p.catch((e) => e.response)
    const review = (over: Record<string, unknown> = {}) => ({
      rating: 5,
      title: "Warm and light",
      body: "Wore it on three hikes, it kept me warm.",
      ...over,
    })

    /** Collects the payloads of an event as the event bus releases it. */
    function collect(eventName: string) {
      const seen: any[] = []
      const emitter = (getContainer().resolve(Modules.EVENT_BUS) as any).eventEmitter_
      const listener = (event: any) => seen.push(event?.data ?? event)
      emitter.on(eventName, listener)
      return { seen, stop: () => emitter.removeListener(eventName, listener) }
    }

    /** Waits for the subscribers of `eventName` to finish what `act` set off. */
    async function andWaitFor(eventName: string, act: () => Promise<any>): Promise<any> {
      const done = TestEventUtils.waitSubscribersExecution(eventName, getContainer().resolve(Modules.EVENT_BUS) as any)
      const result = await act()
      await done
      return result
    }

    /** A product with one buyer and one customer who did not buy it. */
    async function jacketAndBuyers() {
      const container = getContainer()
      const jacket = await createTestProduct(container, "Down Jacket")
      const buyer = await createBuyer(container, api, store, [jacket])
      const stranger = await createBuyer(container, api, store, [])
      return { jacket, buyer, stranger }
    }

    describe("writing a review", () => {
      it("stores a verified buyer's review as pending, tied to the purchase", async () => {
        const { jacket, buyer } = await jacketAndBuyers()
        const created = await api.post("/store/social/reviews", review({ product_id: jacket.id }), { headers: buyer.headers })
        expect(created.status).toBe(201)
        expect(created.data.review).toMatchObject({
          product_id: jacket.id,
          rating: 5,
          status: "pending",
          verified_purchase: true,
          incentivized: false,
          author_name: "Test S.",
          media: [],
          response: null,
        })
        expect(created.data.review.customer_id).toBeUndefined()
        const [row] = await reviewModule().listProductReviews({ id: created.data.review.id })
        expect(row.order_line_item_id).toBe(buyer.order!.items[0].id)
        expect(row.customer_id).toBe(buyer.customer.id)
      })

      it("keeps a pending review from shoppers", async () => {
        const { jacket, buyer } = await jacketAndBuyers()
        await api.post("/store/social/reviews", review({ product_id: jacket.id }), { headers: buyer.headers })
        const list = await api.get(`/store/social/products/${jacket.id}/reviews`, store)
        expect(list.data).toMatchObject({ reviews: [], count: 0, stats: { count: 0, average: null } })
      })

      it("refuses a second review of the same product by the same customer", async () => {
        const { jacket, buyer } = await jacketAndBuyers()
        await api.post("/store/social/reviews", review({ product_id: jacket.id }), { headers: buyer.headers })
        const twice = await answer(api.post("/store/social/reviews", review({ product_id: jacket.id, rating: 1 }), { headers: buyer.headers }))
        expect([twice.status, twice.data.message]).toEqual([422, expect.stringMatching(/already reviewed this product/)])
        expect(await reviewModule().listProductReviews({})).toHaveLength(1)
      })

      it("refuses a customer who did not buy the product, or whose order was canceled", async () => {
        const { jacket, stranger } = await jacketAndBuyers()
        const notBought = await answer(api.post("/store/social/reviews", review({ product_id: jacket.id }), { headers: stranger.headers }))
        expect([notBought.status, notBought.data.message]).toEqual([400, expect.stringMatching(/Only customers who bought this product/)])
        // A canceled order proves nothing.
        await createTestOrder(getContainer(), stranger.customer, [jacket], "canceled")
        expect((await answer(api.post("/store/social/reviews", review({ product_id: jacket.id }), { headers: stranger.headers }))).status).toBe(400)
        expect(await reviewModule().listProductReviews({})).toHaveLength(0)
      })

      it("refuses a guest's review", async () => {
        const { jacket } = await jacketAndBuyers()
        expect((await answer(api.post("/store/social/reviews", review({ product_id: jacket.id }), store))).status).toBe(401)
      })

      it("refuses bad input with a 400 naming the field, and writes nothing", async () => {
        const { jacket, stranger } = await jacketAndBuyers()
        for (const [body, field] of [
          [review({ product_id: jacket.id, rating: 6 }), "rating"],
          [review({ product_id: jacket.id, rating: 4.5 }), "rating"],
          [review({ product_id: jacket.id, rating: "5" }), "rating"],
          [review({ product_id: jacket.id, title: "  " }), "title"],
          [review({ product_id: jacket.id, body: "short" }), "body"],
          [review({ product_id: jacket.id, body: "x".repeat(5001) }), "body"],
          [review({ product_id: jacket.id, stars: 5 }), "stars"],
          [review({}), "product_id"],
          [review({ product_id: "prod_missing" }), "product_id"],
        ] as const) {
          const res = await answer(api.post("/store/social/reviews", body, { headers: stranger.headers }))
          expect([res.status, field, res.data.message]).toEqual([400, field, expect.stringContaining(field)])
        }
        expect(await reviewModule().listProductReviews({})).toHaveLength(0)
      })
    })

    describe("review settings", () => {
      it("refuses a review setting that is not a boolean, naming it", async () => {
        const badSetting = await answer(api.post("/admin/social/settings", { review_auto_approve: "yes" }, admin))
        expect([badSetting.status, badSetting.data.message]).toEqual([400, expect.stringContaining("review_auto_approve")])
      })

      it("publishes a non-buyer's review at once, unverified, when the settings allow it, and emits the approval", async () => {
        const { jacket, stranger } = await jacketAndBuyers()
        // The settings override the plugin options (both off here).
        const on = await api.post("/admin/social/settings", { review_auto_approve: true, review_allow_unverified: true }, admin)
        expect(on.data.settings).toMatchObject({ review_auto_approve: true, review_allow_unverified: true })
        const approvals = collect("social.review.approved")
        try {
          const unverified = await andWaitFor("social.review.approved", () =>
            api.post("/store/social/reviews", review({ product_id: jacket.id, rating: 3 }), { headers: stranger.headers })
          )
          expect(unverified.data.review).toMatchObject({ status: "approved", verified_purchase: false })
          expect(approvals.seen).toEqual([
            {
              id: unverified.data.review.id,
              product_id: jacket.id,
              customer_id: stranger.customer.id,
              verified_purchase: false,
              has_media: false,
              order_id: null,
              order_line_item_id: null,
            },
          ])
        } finally {
          approvals.stop()
        }
        const shown = await api.get(`/store/social/products/${jacket.id}/reviews`, store)
        expect(shown.data.stats).toMatchObject({ count: 1, average: 3, verified_count: 0 })
      })

      it("goes back to the plugin options when the settings are reset to null", async () => {
        const { jacket, buyer, stranger } = await jacketAndBuyers()
        await api.post("/admin/social/settings", { review_auto_approve: true, review_allow_unverified: true }, admin)
        const reset = await api.post("/admin/social/settings", { review_auto_approve: null, review_allow_unverified: null }, admin)
        expect(reset.data.settings).toMatchObject({ review_auto_approve: false, review_allow_unverified: false })
        // A non-buyer is refused again, and a buyer's review waits for moderation.
        expect((await answer(api.post("/store/social/reviews", review({ product_id: jacket.id }), { headers: stranger.headers }))).status).toBe(400)
        const waiting = await api.post("/store/social/reviews", review({ product_id: jacket.id }), { headers: buyer.headers })
        expect(waiting.data.review).toMatchObject({ status: "pending", verified_purchase: true })
      })
    })

    describe("rejection notice", () => {
      /** A buyer's pending 1-star review of a head lamp, rejected for personal information. */
      async function rejectedReview() {
        const container = getContainer()
        const lamp = await createTestProduct(container, "Head Lamp")
        const buyer = await createBuyer(container, api, store, [lamp])
        const { data } = await api.post("/store/social/reviews", review({ product_id: lamp.id, rating: 1 }), { headers: buyer.headers })
        const events = collect("social.review.rejected")
        try {
          await andWaitFor("social.review.rejected", () => api.post(`/admin/social/reviews/${data.review.id}/reject`, { reason: "personal_information" }, admin))
        } finally {
          events.stop()
        }
        const sent = async () =>
          (await container.resolve(Modules.NOTIFICATION).listNotifications({ receiver_id: buyer.customer.id })).filter(
            (n: any) => n.template === "social-review-rejected"
          )
        return { buyer, review: data.review, event: events.seen[0], sent }
      }

      it("tells the author of a rejected review why, in neutral words", async () => {
        const { buyer, review: rejected, event, sent } = await rejectedReview()
        expect(event).toEqual(expect.objectContaining({ id: rejected.id, reason: "personal_information", moderated_at: expect.any(String) }))
        const [notification] = await sent()
        expect(notification).toMatchObject({
          channel: "email",
          to: buyer.customer.email,
          resource_id: rejected.id,
          data: { reason: "personal_information", product_title: "Head Lamp", title: "Your review of Head Lamp was not published" },
        })
        expect(notification.data?.description).toContain("personal information")
        expect(JSON.stringify(notification.data)).not.toMatch(/rating|star|negative/i)
      })

      it("tells the author once when the same rejection is delivered again", async () => {
        const { event, sent } = await rejectedReview()
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        await andWaitFor("social.review.rejected", () => eventBus.emit({ name: "social.review.rejected", data: event } as any))
        expect(await sent()).toHaveLength(1)
      })
    })

    /** A product with three pending reviews by three buyers, rated 5, 2 and 4 (in that order). */
    async function threeReviews() {
      const container = getContainer()
      const boots = await createTestProduct(container, "Trail Boots")
      const buyers = [
        await createBuyer(container, api, store, [boots]),
        await createBuyer(container, api, store, [boots]),
        await createBuyer(container, api, store, [boots]),
      ]
      const ids: Record<number, string> = {}
      for (const [i, rating] of [5, 2, 4].entries()) {
        // One after the other, each once its subscribers ran: "newest" has one order.
        const res = await andWaitFor("social.review.created", () =>
          api.post("/store/social/reviews", review({ product_id: boots.id, rating, title: `Rated ${rating}` }), { headers: buyers[i].headers })
        )
        ids[rating] = res.data.review.id
      }
      return { boots, buyers, ids }
    }

    describe("moderation", () => {
      it("alerts the admin of a low-rated review through the Notification module, and only of that one", async () => {
        const { ids } = await threeReviews()
        const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "social-review-low-rating" })
        expect(sent).toHaveLength(1)
        expect(sent[0]).toMatchObject({ channel: "feed", resource_id: ids[2], resource_type: "product_review" })
        expect(sent[0].data).toMatchObject({ rating: 2, title: "2-star review of Trail Boots" })
      })

      it("keeps the moderation routes to admins", async () => {
        const { buyers, ids } = await threeReviews()
        for (const call of [
          () => api.get("/admin/social/reviews"),
          () => api.post(`/admin/social/reviews/${ids[5]}/approve`, {}),
          () => api.post(`/admin/social/reviews/${ids[5]}/reject`, { reason: "spam" }),
          () => api.post(`/admin/social/reviews/${ids[5]}/response`, { body: "Thanks" }),
          () => api.post(`/admin/social/reviews/${ids[5]}/approve`, {}, { headers: buyers[0].headers }),
        ]) {
          expect((await answer(call())).status).toBe(401)
        }
        expect((await reviewModule().listProductReviews({ status: "pending" })).length).toBe(3)
      })

      it("filters the admin list by status, rating and product, and names a bad filter", async () => {
        const { boots, ids } = await threeReviews()
        const pending = await api.get("/admin/social/reviews?status=pending", admin)
        expect(pending.data.count).toBe(3)
        expect(pending.data.reviews[0].product).toEqual({ id: boots.id, title: "Trail Boots" })
        expect((await api.get("/admin/social/reviews?rating=2", admin)).data.reviews.map((r) => r.id)).toEqual([ids[2]])
        expect((await api.get(`/admin/social/reviews?max_rating=4&product_id=${boots.id}`, admin)).data.count).toBe(2)
        expect((await answer(api.get("/admin/social/reviews?status=hidden", admin))).data.message).toContain("status")
      })

      it("emits the approval once per review, with the proof of purchase", async () => {
        const { boots, buyers, ids } = await threeReviews()
        const approvals = collect("social.review.approved")
        try {
          const first = await andWaitFor("social.review.approved", () => api.post(`/admin/social/reviews/${ids[5]}/approve`, {}, admin))
          expect(first.data).toMatchObject({ changed: true, review: { status: "approved", moderated_by: expect.stringMatching(/^user_/) } })
          const again = await api.post(`/admin/social/reviews/${ids[5]}/approve`, {}, admin)
          expect(again.data.changed).toBe(false)
          await andWaitFor("social.review.approved", () => api.post(`/admin/social/reviews/${ids[2]}/approve`, {}, admin))
          expect(approvals.seen).toEqual([
            { id: ids[5], product_id: boots.id, customer_id: buyers[0].customer.id, verified_purchase: true, has_media: false, order_id: buyers[0].order!.id, order_line_item_id: buyers[0].order!.items[0].id },
            { id: ids[2], product_id: boots.id, customer_id: buyers[1].customer.id, verified_purchase: true, has_media: false, order_id: buyers[1].order!.id, order_line_item_id: buyers[1].order!.items[0].id },
          ])
        } finally {
          approvals.stop()
        }
      })

      it("answers 404 for approving a review that does not exist", async () => {
        expect((await answer(api.post(`/admin/social/reviews/prev_nope/approve`, {}, admin))).status).toBe(404)
      })

      it("refuses to reject a review for its rating, naming the reason", async () => {
        const { ids } = await threeReviews()
        const byRating = await answer(api.post(`/admin/social/reviews/${ids[4]}/reject`, { reason: "low_rating" }, admin))
        expect([byRating.status, byRating.data.message]).toEqual([400, expect.stringContaining("reason")])
        expect((await reviewModule().listProductReviews({ id: ids[4] }))[0].status).toBe("pending")
      })

      it("rejects for a neutral reason and emits the rejection once", async () => {
        const { boots, buyers, ids } = await threeReviews()
        const rejections = collect("social.review.rejected")
        try {
          const rejected = await andWaitFor("social.review.rejected", () => api.post(`/admin/social/reviews/${ids[4]}/reject`, { reason: "off_topic" }, admin))
          expect(rejected.data.review).toMatchObject({ status: "rejected", rejection_reason: "off_topic" })
          expect((await api.post(`/admin/social/reviews/${ids[4]}/reject`, { reason: "off_topic" }, admin)).data.changed).toBe(false)
          expect(rejections.seen).toEqual([
            { id: ids[4], product_id: boots.id, customer_id: buyers[2].customer.id, reason: "off_topic", previous_status: "pending", moderated_at: rejected.data.review.moderated_at },
          ])
        } finally {
          rejections.stop()
        }
      })

      it("marks a review incentivized when a reward is granted for it (twice changes nothing)", async () => {
        const { boots, buyers, ids } = await threeReviews()
        await api.post(`/admin/social/reviews/${ids[5]}/approve`, {}, admin)
        await api.post(`/admin/social/reviews/${ids[2]}/approve`, {}, admin)
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const granted = (data: Record<string, string>) => andWaitFor("social.reward.granted", () => eventBus.emit({ name: "social.reward.granted", data }))
        for (let i = 0; i < 2; i++) {
          await granted({ grant_id: "grant_1", customer_id: buyers[0].customer.id, rule_id: "rule_1", source_type: "review", source_id: ids[5] })
        }
        // A grant for something else (a share link) leaves the review as it is.
        await granted({ grant_id: "grant_2", customer_id: buyers[1].customer.id, rule_id: "rule_1", source_type: "share_link", source_id: ids[2] })
        const { data } = await api.get(`/store/social/products/${boots.id}/reviews`, store)
        expect(data.reviews.find((r) => r.id === ids[5]).incentivized).toBe(true)
        expect(data.reviews.find((r) => r.id === ids[2]).incentivized).toBe(false)
        const [marked] = await reviewModule().listProductReviews({ id: ids[5] })
        expect(marked.incentive_grant_id).toBe("grant_1")
      })
    })

    describe("the store list", () => {
      /** Three reviews, the 5 and the 2 approved, the 2 with the shop's reply (edited once). */
      async function published() {
        const { boots, ids } = await threeReviews()
        await api.post(`/admin/social/reviews/${ids[5]}/approve`, {}, admin)
        await api.post(`/admin/social/reviews/${ids[2]}/approve`, {}, admin)
        await api.post(`/admin/social/reviews/${ids[2]}/response`, { body: "Sorry, we'll swap them." }, admin)
        return { boots, ids }
      }

      it("shows shoppers only the approved reviews, newest first, with the shop's latest reply", async () => {
        const { boots, ids } = await published()
        const edited = await api.post(`/admin/social/reviews/${ids[2]}/response`, { body: "Sorry! Write to us for a free swap." }, admin)
        expect(edited.data.review.response.body).toBe("Sorry! Write to us for a free swap.")
        const listed = await api.get(`/store/social/products/${boots.id}/reviews`, store)
        expect(listed.data.count).toBe(2)
        expect(listed.data.reviews.map((r) => r.id)).toEqual([ids[2], ids[5]])
        const withReply = listed.data.reviews.find((r) => r.id === ids[2])
        expect(withReply.response).toMatchObject({ body: "Sorry! Write to us for a free swap." })
        expect(withReply.status).toBeUndefined()
      })

      it("refuses an empty reply, naming the body", async () => {
        const { ids } = await published()
        const empty = await answer(api.post(`/admin/social/reviews/${ids[2]}/response`, { body: "" }, admin))
        expect([empty.status, empty.data.message]).toEqual([400, expect.stringContaining("body")])
      })

      it("counts the approved reviews in the rating stats, for the page and for the share capability", async () => {
        const { boots } = await published()
        const listed = await api.get(`/store/social/products/${boots.id}/reviews`, store)
        expect(listed.data.stats).toEqual({
          count: 2,
          average: 3.5,
          distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 },
          verified_count: 2,
          photo_count: 0,
        })
        // The service the share capability uses for aggregateRating.
        expect(await reviewModule().getProductRatingStats([boots.id, "prod_none"])).toEqual({
          [boots.id]: { average: 3.5, count: 2 },
          prod_none: { average: null, count: 0 },
        })
      })

      it("sorts, filters and pages the approved reviews, and names a bad sort", async () => {
        const { boots } = await published()
        const ratingDesc = await api.get(`/store/social/products/${boots.id}/reviews?sort=rating_desc`, store)
        expect(ratingDesc.data.reviews.map((r) => r.rating)).toEqual([5, 2])
        const ratingAsc = await api.get(`/store/social/products/${boots.id}/reviews?sort=rating_asc&limit=1`, store)
        expect(ratingAsc.data).toMatchObject({ count: 2, limit: 1, reviews: [{ rating: 2 }] })
        const page2 = await api.get(`/store/social/products/${boots.id}/reviews?sort=rating_asc&limit=1&offset=1`, store)
        expect(page2.data.reviews.map((r) => r.rating)).toEqual([5])
        expect((await api.get(`/store/social/products/${boots.id}/reviews?rating=5`, store)).data.count).toBe(1)
        const badSort = await answer(api.get(`/store/social/products/${boots.id}/reviews?sort=best`, store))
        expect([badSort.status, badSort.data.message]).toEqual([400, expect.stringContaining("sort")])
      })
    })

    describe("helpful votes", () => {
      /** A tent with two reviews (rated 3 by `author`, 4 by `other`), approved unless said. */
      async function tentReviews({ approve = true } = {}) {
        const container = getContainer()
        const tent = await createTestProduct(container, "Tent")
        const author = await createBuyer(container, api, store, [tent])
        const other = await createBuyer(container, api, store, [tent])
        const a = (await api.post("/store/social/reviews", review({ product_id: tent.id, rating: 3 }), { headers: author.headers })).data.review
        const b = (await api.post("/store/social/reviews", review({ product_id: tent.id, rating: 4 }), { headers: other.headers })).data.review
        if (approve) {
          await api.post(`/admin/social/reviews/${a.id}/approve`, {}, admin)
          await api.post(`/admin/social/reviews/${b.id}/approve`, {}, admin)
        }
        const vote = (headers: Record<string, string>, body = {}) => answer(api.post(`/store/social/reviews/${a.id}/helpful`, body, { headers }))
        return { tent, author, other, a, b, vote }
      }

      it("answers 404 for a vote on a review that is not approved yet", async () => {
        const { other, vote } = await tentReviews({ approve: false })
        expect((await vote(other.headers)).status).toBe(404)
      })

      it("counts a customer's helpful vote once", async () => {
        const { other, vote } = await tentReviews()
        expect((await vote(other.headers)).data).toEqual({ created: true, helpful_count: 1 })
        expect((await vote(other.headers)).data).toEqual({ created: false, helpful_count: 1 })
      })

      it("counts a guest's vote once per network and once per visitor id, storing neither", async () => {
        const { a, vote } = await tentReviews()
        // Guests vote once per network (IPv4 /24, IPv6 /64) and once per visitor id.
        const home = { ...store.headers, "x-forwarded-for": "198.51.100.7" }
        const both = await Promise.all([vote(home, { visitor_id: "visitor-1234" }), vote(home, { visitor_id: "visitor-1234" })])
        expect(both.map((r) => r.data.created).sort()).toEqual([false, true])
        // Rotating the visitor id (or the address within the network) stuffs nothing...
        for (const [ip, visitor] of [["198.51.100.7", "visitor-rotated-1"], ["198.51.100.99", "visitor-rotated-2"]]) {
          expect((await vote({ ...store.headers, "x-forwarded-for": ip }, { visitor_id: visitor })).data).toEqual({ created: false, helpful_count: 1 })
        }
        // ...nor does the same visitor id from another network.
        expect((await vote({ ...store.headers, "x-forwarded-for": "2001:db8:1:2::5" }, { visitor_id: "visitor-1234" })).data.created).toBe(false)
        // Another visitor in another network counts; the same /64 does not.
        expect((await vote({ ...store.headers, "x-forwarded-for": "2001:db8:1:2::6" }, { visitor_id: "visitor-5678" })).data.helpful_count).toBe(2)
        expect((await vote({ ...store.headers, "x-forwarded-for": "2001:db8:1:2:ffff::1" }, { visitor_id: "visitor-9999" })).data.created).toBe(false)
        const votes = await reviewModule().listReviewVotes({ review_id: a.id })
        expect(votes).toHaveLength(2)
        expect(JSON.stringify(votes)).not.toMatch(/visitor-1234|198\.51|2001:db8/)
      })

      it("refuses a guest's vote without a valid visitor id, naming it", async () => {
        const { vote } = await tentReviews()
        const anonymous = await vote(store.headers)
        expect([anonymous.status, anonymous.data.message]).toEqual([400, expect.stringContaining("visitor_id")])
        expect((await vote(store.headers, { visitor_id: "short" })).data.message).toContain("visitor_id")
      })

      it("sorts the most helpful reviews first", async () => {
        const { tent, other, a, b, vote } = await tentReviews()
        await vote(other.headers)
        const helpful = await api.get(`/store/social/products/${tent.id}/reviews?sort=most_helpful`, store)
        expect(helpful.data.reviews.map((r) => [r.id, r.helpful_count])).toEqual([[a.id, 1], [b.id, 0]])
      })
    })

    describe("a customer's own review", () => {
      it("keeps customers off others' reviews: 404, and the review stays as it was", async () => {
        const { other, a } = await (async () => {
          const container = getContainer()
          const tent = await createTestProduct(container, "Tent")
          const author = await createBuyer(container, api, store, [tent])
          const other = await createBuyer(container, api, store, [tent])
          const a = (await api.post("/store/social/reviews", review({ product_id: tent.id, rating: 3 }), { headers: author.headers })).data.review
          await api.post(`/admin/social/reviews/${a.id}/approve`, {}, admin)
          return { other, a }
        })()
        const edit = await answer(api.post(`/store/social/reviews/${a.id}`, { rating: 1 }, { headers: other.headers }))
        expect(edit.status).toBe(404)
        expect((await answer(api.delete(`/store/social/reviews/${a.id}`, { headers: other.headers }))).status).toBe(404)
        expect((await answer(api.delete(`/store/social/reviews/${a.id}`, store))).status).toBe(401)
        const [still] = await reviewModule().listProductReviews({ id: a.id })
        expect([still.rating, still.status]).toEqual([3, "approved"])
      })

      it("sends the author's own edit back to moderation, and refuses an empty one", async () => {
        const container = getContainer()
        const tent = await createTestProduct(container, "Tent")
        const author = await createBuyer(container, api, store, [tent])
        const a = (await api.post("/store/social/reviews", review({ product_id: tent.id, rating: 3 }), { headers: author.headers })).data.review
        await api.post(`/admin/social/reviews/${a.id}/approve`, {}, admin)
        const own = await api.post(`/store/social/reviews/${a.id}`, { rating: 2, body: "Leaked in heavy rain, sadly." }, { headers: author.headers })
        expect(own.data.review).toMatchObject({ rating: 2, status: "pending", body: "Leaked in heavy rain, sadly." })
        expect((await api.get(`/store/social/products/${tent.id}/reviews`, store)).data.stats.count).toBe(0)
        expect((await answer(api.post(`/store/social/reviews/${a.id}`, {}, { headers: author.headers }))).status).toBe(400)
      })

      it("lets the author delete their own review", async () => {
        const container = getContainer()
        const tent = await createTestProduct(container, "Tent")
        const author = await createBuyer(container, api, store, [tent])
        const a = (await api.post("/store/social/reviews", review({ product_id: tent.id, rating: 3 }), { headers: author.headers })).data.review
        await api.post(`/admin/social/reviews/${a.id}/approve`, {}, admin)
        expect((await api.delete(`/store/social/reviews/${a.id}`, { headers: author.headers })).data.deleted).toBe(true)
        expect((await api.get(`/store/social/products/${tent.id}/reviews`, store)).data.stats.count).toBe(0)
      })
    })

    describe("photos", () => {
      // Review photos only: the folder is shared with the spec files running beside this one (cards,
      // feeds), whose files once made a refused request look as if it had stored one.
      const photoFiles = () => fs.readdirSync(path.join(process.cwd(), "static")).filter((f) => /^(private-)?\d+-review-/.test(f))
      /** A JPEG with EXIF (an owner and a place) that must not survive. */
      const exifPhoto = () =>
        sharp({ create: { width: 3000, height: 1000, channels: 3, background: "#2d6a4f" } })
          .jpeg()
          .withExif({ IFD0: { Copyright: "secret-owner", ImageDescription: "GPS home" } })
          .toBuffer()
      const formOf = (fields: Record<string, unknown>, photos: Array<[Buffer, string, string?]>) => {
        const form = new FormData()
        for (const [k, v] of Object.entries(fields)) form.append(k, String(v))
        for (const [bytes, name, type] of photos) form.append("photos", new Blob([new Uint8Array(bytes)], { type: type ?? "image/jpeg" }), name)
        return form
      }
      /** A buyer's review of a mug with one photo. */
      async function mugWithPhoto() {
        const container = getContainer()
        const mug = await createTestProduct(container, "Camp Mug")
        const buyer = await createBuyer(container, api, store, [mug])
        const photo = await exifPhoto()
        expect((await sharp(photo).metadata()).exif).toBeDefined()
        const created = await api.post("/store/social/reviews", formOf(review({ product_id: mug.id, rating: 4 }), [[photo, "IMG_0001.jpg"]]), { headers: buyer.headers })
        expect(created.status).toBe(201)
        const [media] = await reviewModule().listReviewMedias({})
        return { mug, buyer, photo, created: created.data.review, media }
      }

      it("stores a photo re-encoded, resized, and without its metadata or file name", async () => {
        const { created, media } = await mugWithPhoto()
        expect(created).toMatchObject({ rating: 4, media: [{ width: 2048, height: 683, mime_type: "image/jpeg" }] })
        const stored = await getContainer().resolve(Modules.FILE).getAsBuffer(media.file_id)
        const meta = await sharp(stored).metadata()
        expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["jpeg", 2048, 683, undefined])
        expect(stored.includes(Buffer.from("secret-owner"))).toBe(false)
        expect(media.url).not.toContain("IMG_0001")
      })

      it("refuses a file that is not an image, naming the photo", async () => {
        const container = getContainer()
        const mug = await createTestProduct(container, "Camp Mug")
        const buyer = await createBuyer(container, api, store, [mug])
        const notImage = formOf(review({ product_id: mug.id, rating: 4 }), [[Buffer.from("#!/bin/sh\necho hi\n"), "evil.jpg"]])
        const refused = await answer(api.post("/store/social/reviews", notImage, { headers: buyer.headers }))
        expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("photos.0")])
        expect(await reviewModule().listProductReviews({})).toHaveLength(0)
      })

      it("publishes a review's photo as a public file when the review is approved", async () => {
        const { mug, created, media } = await mugWithPhoto()
        await api.post(`/admin/social/reviews/${created.id}/approve`, {}, admin)
        const listed = await api.get(`/store/social/products/${mug.id}/reviews?with_photos=true`, store)
        expect(listed.data.stats).toMatchObject({ count: 1, photo_count: 1 })
        // It was private while pending.
        const [published] = await reviewModule().listReviewMedias({ id: media.id })
        expect(published.is_public).toBe(true)
        expect(listed.data.reviews[0].media[0].url).toBe(published.url)
      })

      it("leaves one photo file when two reviews of the same product race", async () => {
        const container = getContainer()
        const pot = await createTestProduct(container, "Cook Pot")
        const cook = await createBuyer(container, api, store, [pot])
        const photo = await exifPhoto()
        const filesBefore = photoFiles().length
        // One is stored; the loser's uploaded photo, if it got that far, is deleted by the
        // workflow's compensation before its answer.
        const racing = await Promise.all(
          [1, 2].map(() => answer(api.post("/store/social/reviews", formOf(review({ product_id: pot.id }), [[photo, "pot.jpg"]]), { headers: cook.headers })))
        )
        expect(racing.map((r) => r.status).sort()).toEqual([201, 422])
        expect(photoFiles().length).toBe(filesBefore + 1)
        expect(await reviewModule().listProductReviews({ product_id: pot.id })).toHaveLength(1)
      })

      it("refuses more than five photos, naming photos", async () => {
        const container = getContainer()
        const mug = await createTestProduct(container, "Camp Mug")
        const buyer = await createBuyer(container, api, store, [mug])
        const photo = await exifPhoto()
        const tooMany = formOf(review({ product_id: mug.id }), Array.from({ length: 6 }, (_, i) => [photo, `p${i}.jpg`] as [Buffer, string]))
        const many = await answer(api.post("/store/social/reviews", tooMany, { headers: buyer.headers }))
        expect([many.status, many.data.message]).toEqual([400, expect.stringContaining("photos")])
        expect(await reviewModule().listProductReviews({})).toHaveLength(0)
      })

      it("deletes a review's photo from the File module when its author deletes the review", async () => {
        const { mug, buyer, created, media } = await mugWithPhoto()
        const filesNow = photoFiles().length
        await api.delete(`/store/social/reviews/${created.id}`, { headers: buyer.headers })
        expect(photoFiles().length).toBe(filesNow - 1)
        await expect(getContainer().resolve(Modules.FILE).getAsBuffer(media.file_id)).rejects.toThrow()
        expect((await api.get(`/store/social/products/${mug.id}/reviews`, store)).data.stats.count).toBe(0)
      })

      describe("before decoding", () => {
        const bomb = pngBomb(20_000, 20_000)
        /** A lamp, its buyer and a customer who did not buy it. */
        async function lamp() {
          const container = getContainer()
          const lamp = await createTestProduct(container, "Camp Lamp")
          const buyer = await createBuyer(container, api, store, [lamp])
          const stranger = await createBuyer(container, api, store, [])
          const withPhotos = (photos: Buffer[], fields = review({ product_id: lamp.id, rating: 5 })) => formOf(fields, photos.map((p, i) => [p, `p${i}.png`, "image/png"] as [Buffer, string, string]))
          return { lamp, buyer, stranger, withPhotos, filesBefore: photoFiles().length }
        }

        it("refuses a non-buyer for that, not for the photo, without decoding it", async () => {
          const { stranger, withPhotos } = await lamp()
          const notBought = await answer(api.post("/store/social/reviews", withPhotos([bomb]), { headers: stranger.headers }))
          expect(notBought.status).toBe(400)
          expect(notBought.data.message).not.toContain("photos")
        })

        it("refuses a second review with 422 before looking at its photo", async () => {
          const { lamp: product, buyer, withPhotos } = await lamp()
          const first = await answer(api.post("/store/social/reviews", review({ product_id: product.id, rating: 4 }), { headers: buyer.headers }))
          expect(first.status).toBe(201)
          const again = await answer(api.post("/store/social/reviews", withPhotos([bomb]), { headers: buyer.headers }))
          expect(again.status).toBe(422)
        })

        it("refuses a decompression bomb from its header, without the memory jumping", async () => {
          const { lamp: product, buyer, withPhotos, filesBefore } = await lamp()
          global.gc?.()
          const rssBefore = process.memoryUsage().rss
          const refused = await answer(api.post("/store/social/reviews", withPhotos([bomb]), { headers: buyer.headers }))
          const grown = process.memoryUsage().rss - rssBefore
          expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("photos.0: is 20000x20000 pixels")])
          expect(grown).toBeLessThan(60 * 1024 * 1024)
          expect(photoFiles().length).toBe(filesBefore)
          expect(await reviewModule().listProductReviews({ product_id: product.id })).toHaveLength(0)
        })

        it("caps all photos of a request together (20 MB by default) before reading the body", async () => {
          const { lamp: product, buyer, withPhotos, filesBefore } = await lamp()
          const big = Array.from({ length: 3 }, () => randomBytes(7_500_000))
          const tooBig = await answer(api.post("/store/social/reviews", withPhotos(big), { headers: buyer.headers }))
          expect([tooBig.status, tooBig.data.message]).toEqual([400, expect.stringContaining("all photos together")])
          expect(photoFiles().length).toBe(filesBefore)
          expect(await reviewModule().listProductReviews({ product_id: product.id })).toHaveLength(0)
        })
      })
    })
  },
})
