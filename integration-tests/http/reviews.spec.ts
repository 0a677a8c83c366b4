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

    beforeEach(async () => {
      admin = await createAdminHeaders(getContainer(), api)
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

    async function waitFor(check: () => Promise<boolean>, ms = 10_000) {
      const end = Date.now() + ms
      while (Date.now() < end) {
        if (await check()) return
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error("condition not met in time")
    }

    it("lets a verified buyer review once, refuses non-buyers, duplicates and bad input", async () => {
      const container = getContainer()
      const jacket = await createTestProduct(container, "Down Jacket")
      const buyer = await createBuyer(container, api, store, [jacket])
      const stranger = await createBuyer(container, api, store, [])

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

      // Pending reviews are not shown to shoppers.
      const list = await api.get(`/store/social/products/${jacket.id}/reviews`, store)
      expect(list.data).toMatchObject({ reviews: [], count: 0, stats: { count: 0, average: null } })

      const twice = await answer(api.post("/store/social/reviews", review({ product_id: jacket.id, rating: 1 }), { headers: buyer.headers }))
      expect(twice.status).toBe(422)
      expect(twice.data.message).toMatch(/already reviewed this product/)

      const notBought = await answer(api.post("/store/social/reviews", review({ product_id: jacket.id }), { headers: stranger.headers }))
      expect(notBought.status).toBe(400)
      expect(notBought.data.message).toMatch(/Only customers who bought this product/)

      // A canceled order proves nothing.
      await createTestOrder(container, stranger.customer, [jacket], "canceled")
      expect((await answer(api.post("/store/social/reviews", review({ product_id: jacket.id }), { headers: stranger.headers }))).status).toBe(400)

      expect((await answer(api.post("/store/social/reviews", review({ product_id: jacket.id }), store))).status).toBe(401)

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
      const all = await reviewModule().listProductReviews({})
      expect(all).toHaveLength(1)

      // The admin switches on unverified reviews and auto-approval in the settings (they override
      // the plugin options, both off here): the non-buyer's review is accepted, marked unverified
      // and published at once.
      const badSetting = await answer(api.post("/admin/social/settings", { review_auto_approve: "yes" }, admin))
      expect([badSetting.status, badSetting.data.message]).toEqual([400, expect.stringContaining("review_auto_approve")])
      const on = await api.post("/admin/social/settings", { review_auto_approve: true, review_allow_unverified: true }, admin)
      expect(on.data.settings).toMatchObject({ review_auto_approve: true, review_allow_unverified: true })
      const approvals = collect("social.review.approved")
      try {
        const approved = TestEventUtils.waitSubscribersExecution("social.review.approved", container.resolve(Modules.EVENT_BUS) as any)
        const unverified = await api.post("/store/social/reviews", review({ product_id: jacket.id, rating: 3 }), { headers: stranger.headers })
        expect(unverified.data.review).toMatchObject({ status: "approved", verified_purchase: false })
        await approved
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
        const shown = await api.get(`/store/social/products/${jacket.id}/reviews`, store)
        expect(shown.data.stats).toMatchObject({ count: 1, average: 3, verified_count: 0 })
      } finally {
        approvals.stop()
      }
      // null resets both to the plugin options: a new non-buyer is refused again, and a buyer's
      // review waits for moderation.
      const reset = await api.post("/admin/social/settings", { review_auto_approve: null, review_allow_unverified: null }, admin)
      expect(reset.data.settings).toMatchObject({ review_auto_approve: false, review_allow_unverified: false })
      const late = await createBuyer(container, api, store, [])
      expect((await answer(api.post("/store/social/reviews", review({ product_id: jacket.id }), { headers: late.headers }))).status).toBe(400)
      const boots = await createTestProduct(container, "Boots")
      const bootsBuyer = await createBuyer(container, api, store, [boots])
      const waiting = await api.post("/store/social/reviews", review({ product_id: boots.id }), { headers: bootsBuyer.headers })
      expect(waiting.data.review).toMatchObject({ status: "pending", verified_purchase: true })
    })

    it("tells the author of a rejected review why, in neutral words, once per rejection", async () => {
      const container = getContainer()
      const lamp = await createTestProduct(container, "Head Lamp")
      const buyer = await createBuyer(container, api, store, [lamp])
      const { data } = await api.post("/store/social/reviews", review({ product_id: lamp.id, rating: 1 }), { headers: buyer.headers })
      const eventBus = container.resolve(Modules.EVENT_BUS)
      const events = collect("social.review.rejected")
      const rejected = TestEventUtils.waitSubscribersExecution("social.review.rejected", eventBus as any)
      await api.post(`/admin/social/reviews/${data.review.id}/reject`, { reason: "personal_information" }, admin)
      await rejected
      events.stop()
      expect(events.seen).toEqual([expect.objectContaining({ id: data.review.id, reason: "personal_information", moderated_at: expect.any(String) })])
      const sent = async () =>
        (await container.resolve(Modules.NOTIFICATION).listNotifications({ receiver_id: buyer.customer.id })).filter(
          (n: any) => n.template === "social-review-rejected"
        )
      const [notification] = await sent()
      expect(notification).toMatchObject({
        channel: "email",
        to: buyer.customer.email,
        resource_id: data.review.id,
        data: { reason: "personal_information", product_title: "Head Lamp", title: "Your review of Head Lamp was not published" },
      })
      expect(notification.data?.description).toContain("personal information")
      expect(JSON.stringify(notification.data)).not.toMatch(/rating|star|negative/i)

      // The same event delivered again: no second notification.
      const again = TestEventUtils.waitSubscribersExecution("social.review.rejected", eventBus as any)
      await eventBus.emit({ name: "social.review.rejected", data: events.seen[0] } as any)
      await again
      expect(await sent()).toHaveLength(1)
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
        const created = TestEventUtils.waitSubscribersExecution("social.review.created", container.resolve(Modules.EVENT_BUS) as any)
        const res = await api.post("/store/social/reviews", review({ product_id: boots.id, rating, title: `Rated ${rating}` }), { headers: buyers[i].headers })
        ids[rating] = res.data.review.id
        await created
        await new Promise((r) => setTimeout(r, 20)) // distinct created_at for "newest"
      }
      return { boots, buyers, ids }
    }

    it("alerts the admin of a low-rated review through the Notification module, and only of that one", async () => {
      const { ids } = await threeReviews()
      const sent = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "social-review-low-rating" })
      expect(sent).toHaveLength(1)
      expect(sent[0]).toMatchObject({ channel: "feed", resource_id: ids[2], resource_type: "product_review" })
      expect(sent[0].data).toMatchObject({ rating: 2, title: "2-star review of Trail Boots" })
    })

    it("keeps the moderation routes to admins, and filters the admin list", async () => {
      const { boots, buyers, ids } = await threeReviews()
      for (const call of [
        () => api.get("/admin/social/reviews"),
        () => api.post(`/admin/social/reviews/${ids[5]}/approve`, {}),
        () => api.post(`/admin/social/reviews/${ids[5]}/reject`, { reason: "spam" }),
        () => api.post(`/admin/social/reviews/${ids[5]}/response`, { body: "Thanks" }),
        () => api.post(`/admin/social/reviews/${ids[5]}/approve`, {}, { headers: buyers[0].headers }),
      ]) {
        expect((await answer(call())).status).toBe(401)
      }
      const pending = await api.get("/admin/social/reviews?status=pending", admin)
      expect(pending.data.count).toBe(3)
      expect(pending.data.reviews[0].product).toEqual({ id: boots.id, title: "Trail Boots" })
      expect((await api.get("/admin/social/reviews?rating=2", admin)).data.reviews.map((r) => r.id)).toEqual([ids[2]])
      expect((await api.get(`/admin/social/reviews?max_rating=4&product_id=${boots.id}`, admin)).data.count).toBe(2)
      expect((await answer(api.get("/admin/social/reviews?status=hidden", admin))).data.message).toContain("status")
    })

    it("emits the approval once per review, with the proof of purchase", async () => {
      const { boots, buyers, ids } = await threeReviews()
      const eventBus = getContainer().resolve(Modules.EVENT_BUS) as any
      const approvals = collect("social.review.approved")
      try {
        let done = TestEventUtils.waitSubscribersExecution("social.review.approved", eventBus)
        const first = await api.post(`/admin/social/reviews/${ids[5]}/approve`, {}, admin)
        await done
        expect(first.data).toMatchObject({ changed: true, review: { status: "approved", moderated_by: expect.stringMatching(/^user_/) } })
        const again = await api.post(`/admin/social/reviews/${ids[5]}/approve`, {}, admin)
        expect(again.data.changed).toBe(false)
        done = TestEventUtils.waitSubscribersExecution("social.review.approved", eventBus)
        await api.post(`/admin/social/reviews/${ids[2]}/approve`, {}, admin)
        await done
        expect(approvals.seen).toEqual([
          { id: ids[5], product_id: boots.id, customer_id: buyers[0].customer.id, verified_purchase: true, has_media: false, order_id: buyers[0].order!.id, order_line_item_id: buyers[0].order!.items[0].id },
          { id: ids[2], product_id: boots.id, customer_id: buyers[1].customer.id, verified_purchase: true, has_media: false, order_id: buyers[1].order!.id, order_line_item_id: buyers[1].order!.items[0].id },
        ])
      } finally {
        approvals.stop()
      }
      expect((await answer(api.post(`/admin/social/reviews/prev_nope/approve`, {}, admin))).status).toBe(404)
    })

    it("rejects for a neutral reason only, never the rating, and emits the rejection once", async () => {
      const { boots, buyers, ids } = await threeReviews()
      const byRating = await answer(api.post(`/admin/social/reviews/${ids[4]}/reject`, { reason: "low_rating" }, admin))
      expect([byRating.status, byRating.data.message]).toEqual([400, expect.stringContaining("reason")])
      const rejections = collect("social.review.rejected")
      try {
        const done = TestEventUtils.waitSubscribersExecution("social.review.rejected", getContainer().resolve(Modules.EVENT_BUS) as any)
        const rejected = await api.post(`/admin/social/reviews/${ids[4]}/reject`, { reason: "off_topic" }, admin)
        await done
        expect(rejected.data.review).toMatchObject({ status: "rejected", rejection_reason: "off_topic" })
        expect((await api.post(`/admin/social/reviews/${ids[4]}/reject`, { reason: "off_topic" }, admin)).data.changed).toBe(false)
        expect(rejections.seen).toEqual([
          { id: ids[4], product_id: boots.id, customer_id: buyers[2].customer.id, reason: "off_topic", previous_status: "pending", moderated_at: rejected.data.review.moderated_at },
        ])
      } finally {
        rejections.stop()
      }
    })

    it("shows approved reviews with the shop's reply, stats, sorting and paging", async () => {
      const { boots, ids } = await threeReviews()
      await api.post(`/admin/social/reviews/${ids[5]}/approve`, {}, admin)
      await api.post(`/admin/social/reviews/${ids[2]}/approve`, {}, admin)
      const reply = await api.post(`/admin/social/reviews/${ids[2]}/response`, { body: "Sorry, we'll swap them." }, admin)
      expect(reply.data.review.response.body).toBe("Sorry, we'll swap them.")
      await api.post(`/admin/social/reviews/${ids[2]}/response`, { body: "Sorry! Write to us for a free swap." }, admin)
      expect((await answer(api.post(`/admin/social/reviews/${ids[2]}/response`, { body: "" }, admin))).data.message).toContain("body")

      const listed = await api.get(`/store/social/products/${boots.id}/reviews`, store)
      expect(listed.data.count).toBe(2)
      expect(listed.data.stats).toEqual({
        count: 2,
        average: 3.5,
        distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 },
        verified_count: 2,
        photo_count: 0,
      })
      expect(listed.data.reviews.map((r) => r.id)).toEqual([ids[2], ids[5]]) // newest first
      const withReply = listed.data.reviews.find((r) => r.id === ids[2])
      expect(withReply.response).toMatchObject({ body: "Sorry! Write to us for a free swap." })
      expect(withReply.status).toBeUndefined()

      const ratingDesc = await api.get(`/store/social/products/${boots.id}/reviews?sort=rating_desc`, store)
      expect(ratingDesc.data.reviews.map((r) => r.rating)).toEqual([5, 2])
      const ratingAsc = await api.get(`/store/social/products/${boots.id}/reviews?sort=rating_asc&limit=1`, store)
      expect(ratingAsc.data).toMatchObject({ count: 2, limit: 1, reviews: [{ rating: 2 }] })
      const page2 = await api.get(`/store/social/products/${boots.id}/reviews?sort=rating_asc&limit=1&offset=1`, store)
      expect(page2.data.reviews.map((r) => r.rating)).toEqual([5])
      expect((await api.get(`/store/social/products/${boots.id}/reviews?rating=5`, store)).data.count).toBe(1)
      const badSort = await answer(api.get(`/store/social/products/${boots.id}/reviews?sort=best`, store))
      expect([badSort.status, badSort.data.message]).toEqual([400, expect.stringContaining("sort")])
      // The service the share capability uses for aggregateRating.
      expect(await reviewModule().getProductRatingStats([boots.id, "prod_none"])).toEqual({
        [boots.id]: { average: 3.5, count: 2 },
        prod_none: { average: null, count: 0 },
      })
    })

    it("marks a review incentivized when a reward is granted for it (twice changes nothing)", async () => {
      const { boots, buyers, ids } = await threeReviews()
      await api.post(`/admin/social/reviews/${ids[5]}/approve`, {}, admin)
      await api.post(`/admin/social/reviews/${ids[2]}/approve`, {}, admin)
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      for (let i = 0; i < 2; i++) {
        const done = TestEventUtils.waitSubscribersExecution("social.reward.granted", eventBus as any)
        await eventBus.emit({
          name: "social.reward.granted",
          data: { grant_id: "grant_1", customer_id: buyers[0].customer.id, rule_id: "rule_1", source_type: "review", source_id: ids[5] },
        })
        await done
      }
      const done = TestEventUtils.waitSubscribersExecution("social.reward.granted", eventBus as any)
      await eventBus.emit({
        name: "social.reward.granted",
        data: { grant_id: "grant_2", customer_id: buyers[1].customer.id, rule_id: "rule_1", source_type: "share_link", source_id: ids[2] },
      })
      await done
      const { data } = await api.get(`/store/social/products/${boots.id}/reviews`, store)
      expect(data.reviews.find((r) => r.id === ids[5]).incentivized).toBe(true)
      expect(data.reviews.find((r) => r.id === ids[2]).incentivized).toBe(false)
      const [marked] = await reviewModule().listProductReviews({ id: ids[5] })
      expect(marked.incentive_grant_id).toBe("grant_1")
    })

    it("counts a helpful vote once per customer, or per network and visitor, and keeps customers off others' reviews", async () => {
      const container = getContainer()
      const tent = await createTestProduct(container, "Tent")
      const author = await createBuyer(container, api, store, [tent])
      const other = await createBuyer(container, api, store, [tent])
      const a = (await api.post("/store/social/reviews", review({ product_id: tent.id, rating: 3 }), { headers: author.headers })).data.review
      const b = (await api.post("/store/social/reviews", review({ product_id: tent.id, rating: 4 }), { headers: other.headers })).data.review

      // Not approved yet: nothing to vote on.
      expect((await answer(api.post(`/store/social/reviews/${a.id}/helpful`, {}, { headers: other.headers }))).status).toBe(404)
      await api.post(`/admin/social/reviews/${a.id}/approve`, {}, admin)
      await api.post(`/admin/social/reviews/${b.id}/approve`, {}, admin)

      const vote = (headers: Record<string, string>, body = {}) =>
        answer(api.post(`/store/social/reviews/${a.id}/helpful`, body, { headers }))
      expect((await vote(other.headers)).data).toEqual({ created: true, helpful_count: 1 })
      expect((await vote(other.headers)).data).toEqual({ created: false, helpful_count: 1 })
      // Guests vote once per network (IPv4 /24, IPv6 /64) and once per visitor id.
      const home = { ...store.headers, "x-forwarded-for": "198.51.100.7" }
      const both = await Promise.all([vote(home, { visitor_id: "visitor-1234" }), vote(home, { visitor_id: "visitor-1234" })])
      expect(both.map((r) => r.data.created).sort()).toEqual([false, true])
      // Rotating the visitor id (or the address within the network) stuffs nothing...
      for (const [ip, visitor] of [["198.51.100.7", "visitor-rotated-1"], ["198.51.100.99", "visitor-rotated-2"]]) {
        expect((await vote({ ...store.headers, "x-forwarded-for": ip }, { visitor_id: visitor })).data).toEqual({ created: false, helpful_count: 2 })
      }
      // ...nor does the same visitor id from another network.
      expect((await vote({ ...store.headers, "x-forwarded-for": "2001:db8:1:2::5" }, { visitor_id: "visitor-1234" })).data.created).toBe(false)
      // Another visitor in another network counts.
      expect((await vote({ ...store.headers, "x-forwarded-for": "2001:db8:1:2::6" }, { visitor_id: "visitor-5678" })).data.helpful_count).toBe(3)
      expect((await vote({ ...store.headers, "x-forwarded-for": "2001:db8:1:2:ffff::1" }, { visitor_id: "visitor-9999" })).data.created).toBe(false)
      const anonymous = await vote(store.headers)
      expect([anonymous.status, anonymous.data.message]).toEqual([400, expect.stringContaining("visitor_id")])
      expect((await vote(store.headers, { visitor_id: "short" })).data.message).toContain("visitor_id")
      const votes = await reviewModule().listReviewVotes({ review_id: a.id })
      expect(votes).toHaveLength(3)
      expect(JSON.stringify(votes)).not.toMatch(/visitor-1234|198\.51|2001:db8/)

      const helpful = await api.get(`/store/social/products/${tent.id}/reviews?sort=most_helpful`, store)
      expect(helpful.data.reviews.map((r) => [r.id, r.helpful_count])).toEqual([[a.id, 3], [b.id, 0]])

      // Another customer's review answers 404 and stays as it was.
      const edit = await answer(api.post(`/store/social/reviews/${a.id}`, { rating: 1 }, { headers: other.headers }))
      expect(edit.status).toBe(404)
      expect((await answer(api.delete(`/store/social/reviews/${a.id}`, { headers: other.headers }))).status).toBe(404)
      expect((await answer(api.delete(`/store/social/reviews/${a.id}`, store))).status).toBe(401)
      const [still] = await reviewModule().listProductReviews({ id: a.id })
      expect([still.rating, still.status]).toEqual([3, "approved"])

      // The author's own edit goes back to moderation.
      const own = await api.post(`/store/social/reviews/${a.id}`, { rating: 2, body: "Leaked in heavy rain, sadly." }, { headers: author.headers })
      expect(own.data.review).toMatchObject({ rating: 2, status: "pending", body: "Leaked in heavy rain, sadly." })
      expect((await answer(api.post(`/store/social/reviews/${a.id}`, {}, { headers: author.headers }))).status).toBe(400)
      expect((await api.get(`/store/social/products/${tent.id}/reviews`, store)).data.stats.count).toBe(1)
      expect((await api.delete(`/store/social/reviews/${a.id}`, { headers: author.headers })).data.deleted).toBe(true)
    })

    it("stores photos re-encoded without metadata, and refuses a file that is not an image", async () => {
      const container = getContainer()
      const mug = await createTestProduct(container, "Camp Mug")
      const buyer = await createBuyer(container, api, store, [mug])
      const photo = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: "#2d6a4f" } })
        .jpeg()
        .withExif({ IFD0: { Copyright: "secret-owner", ImageDescription: "GPS home" } })
        .toBuffer()
      expect((await sharp(photo).metadata()).exif).toBeDefined()

      const notImage = new FormData()
      for (const [k, v] of Object.entries(review({ product_id: mug.id, rating: 4 }))) notImage.append(k, String(v))
      notImage.append("photos", new Blob([Buffer.from("#!/bin/sh\necho hi\n")], { type: "image/jpeg" }), "evil.jpg")
      const refused = await answer(api.post("/store/social/reviews", notImage, { headers: buyer.headers }))
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("photos.0")])

      const form = new FormData()
      for (const [k, v] of Object.entries(review({ product_id: mug.id, rating: 4 }))) form.append(k, String(v))
      form.append("photos", new Blob([photo], { type: "image/jpeg" }), "IMG_0001.jpg")
      const created = await api.post("/store/social/reviews", form, { headers: buyer.headers })
      expect(created.status).toBe(201)
      expect(created.data.review).toMatchObject({ rating: 4, media: [{ width: 2048, height: 683, mime_type: "image/jpeg" }] })

      const [media] = await reviewModule().listReviewMedias({})
      const stored = await container.resolve(Modules.FILE).getAsBuffer(media.file_id)
      const meta = await sharp(stored).metadata()
      expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["jpeg", 2048, 683, undefined])
      expect(stored.includes(Buffer.from("secret-owner"))).toBe(false)
      expect(media.url).not.toContain("IMG_0001")

      await api.post(`/admin/social/reviews/${created.data.review.id}/approve`, {}, admin)
      const listed = await api.get(`/store/social/products/${mug.id}/reviews?with_photos=true`, store)
      expect(listed.data.stats).toMatchObject({ count: 1, photo_count: 1 })
      // Approval stored the photo again as a public file (it was private while pending).
      const [published] = await reviewModule().listReviewMedias({ id: media.id })
      expect(published.is_public).toBe(true)
      expect(listed.data.reviews[0].media[0].url).toBe(published.url)

      // Two reviews racing for the same product: one is stored; the loser's uploaded photo, if it
      // got that far, is deleted by the workflow's compensation. Either way one file is left.
      const pot = await createTestProduct(container, "Cook Pot")
      const cook = await createBuyer(container, api, store, [pot])
      const photoFiles = () => fs.readdirSync(path.join(process.cwd(), "static")).filter((f) => /^(private-)?\d+-review-/.test(f))
      const filesBefore = photoFiles().length
      const racing = await Promise.all(
        [1, 2].map(() => {
          const f = new FormData()
          for (const [k, v] of Object.entries(review({ product_id: pot.id }))) f.append(k, String(v))
          f.append("photos", new Blob([photo], { type: "image/jpeg" }), "pot.jpg")
          return answer(api.post("/store/social/reviews", f, { headers: cook.headers }))
        })
      )
      expect(racing.map((r) => r.status).sort()).toEqual([201, 422])
      await waitFor(async () => photoFiles().length === filesBefore + 1)
      expect(await reviewModule().listProductReviews({ product_id: pot.id })).toHaveLength(1)

      const tooMany = new FormData()
      for (const [k, v] of Object.entries(review({ product_id: mug.id }))) tooMany.append(k, String(v))
      for (let i = 0; i < 6; i++) tooMany.append("photos", new Blob([photo], { type: "image/jpeg" }), `p${i}.jpg`)
      const many = await answer(api.post("/store/social/reviews", tooMany, { headers: buyer.headers }))
      expect([many.status, many.data.message]).toEqual([400, expect.stringContaining("photos")])

      // The author deletes the review: its photo leaves the File module with it.
      const filesNow = photoFiles().length
      await api.delete(`/store/social/reviews/${created.data.review.id}`, { headers: buyer.headers })
      expect(photoFiles().length).toBe(filesNow - 1)
      await expect(container.resolve(Modules.FILE).getAsBuffer(media.file_id)).rejects.toThrow()
      expect((await api.get(`/store/social/products/${mug.id}/reviews`, store)).data.stats.count).toBe(0)
    })

    it("checks eligibility before decoding any photo, bounds the upload, and refuses a decompression bomb without memory jumping", async () => {
      const container = getContainer()
      const lamp = await createTestProduct(container, "Camp Lamp")
      const buyer = await createBuyer(container, api, store, [lamp])
      const stranger = await createBuyer(container, api, store, [])
      const bomb = pngBomb(20_000, 20_000)
      const withPhotos = (photos: Buffer[], fields = review({ product_id: lamp.id, rating: 5 })) => {
        const f = new FormData()
        for (const [k, v] of Object.entries(fields)) f.append(k, String(v))
        photos.forEach((p, i) => f.append("photos", new Blob([new Uint8Array(p)], { type: "image/png" }), `p${i}.png`))
        return f
      }
      const filesBefore = fs.readdirSync(path.join(process.cwd(), "static")).length

      // Someone who did not buy the lamp is refused for that, not for the photo: nothing decoded.
      const notBought = await answer(api.post("/store/social/reviews", withPhotos([bomb]), { headers: stranger.headers }))
      expect(notBought.status).toBe(400)
      expect(notBought.data.message).not.toContain("photos")

      // The buyer's bomb: refused from its header, and the process's memory does not jump.
      global.gc?.()
      const rssBefore = process.memoryUsage().rss
      const refused = await answer(api.post("/store/social/reviews", withPhotos([bomb]), { headers: buyer.headers }))
      const grown = process.memoryUsage().rss - rssBefore
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("photos.0: is 20000x20000 pixels")])
      expect(grown).toBeLessThan(60 * 1024 * 1024)

      // A review already written: 422 for that, before the photo is looked at.
      const first = await answer(api.post("/store/social/reviews", review({ product_id: lamp.id, rating: 4 }), { headers: buyer.headers }))
      expect(first.status).toBe(201)
      const again = await answer(api.post("/store/social/reviews", withPhotos([bomb]), { headers: buyer.headers }))
      expect(again.status).toBe(422)

      // All photos of a request together are capped (20 MB by default) before the body is read.
      const big = Array.from({ length: 3 }, () => randomBytes(7_500_000))
      const tooBig = await answer(api.post("/store/social/reviews", withPhotos(big), { headers: buyer.headers }))
      expect([tooBig.status, tooBig.data.message]).toEqual([400, expect.stringContaining("all photos together")])
      expect(fs.readdirSync(path.join(process.cwd(), "static")).length).toBe(filesBefore)
      expect(await reviewModule().listProductReviews({ product_id: lamp.id })).toHaveLength(1)
    })
  },
})
