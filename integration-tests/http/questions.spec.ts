import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders, createPublishableKeyHeaders } from "../helpers/auth"
import { createBuyer, createTestProduct } from "../helpers/reviews"


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

    const answer = (p: Promise<any>) => p.catch((e) => e.response)
    const notifications = async (template: string) =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template } as any)) as any[]

    it("takes questions from customers and guests, moderates them, publishes answers and tells the asker once", async () => {
      const c = getContainer()
      const shirt = await createTestProduct(c, "Linen Shirt")
      const buyer = await createBuyer(c, api, store, [shirt])
      const stranger = await createBuyer(c, api, store, [])
      const ask = { body: "Can this shirt go in the washing machine?" }

      // Bad input: a 400 naming the field, an unknown product a 404; nothing written.
      for (const [body, field] of [
        [ask, "email"],
        [{ ...ask, email: "not-an-email" }, "email"],
        [{ email: "guest@example.com" }, "body"],
        [{ ...ask, body: "Why?" }, "body"],
        [{ ...ask, email: "guest@example.com", stars: 5 }, "stars"],
      ] as const) {
        const res = await answer(api.post(`/store/social/products/${shirt.id}/questions`, body, store))
        expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(field)])
      }
      expect((await answer(api.post("/store/social/products/prod_missing/questions", { ...ask, email: "g@example.com" }, store))).status).toBe(404)
      expect((await answer(api.get("/store/social/products/prod_missing/questions", store))).status).toBe(404)
      const badSort = await answer(api.get(`/store/social/products/${shirt.id}/questions?sort=oldest`, store))
      expect([badSort.status, badSort.data.message]).toEqual([400, expect.stringContaining("sort")])

      // A guest and a customer ask; both wait for moderation.
      const guestQ = await api.post(`/store/social/products/${shirt.id}/questions`, { ...ask, email: "guest@example.com", author_name: "Sam" }, store)
      expect(guestQ.status).toBe(201)
      expect(guestQ.data.question).toMatchObject({ status: "pending", author_name: "Sam", answers: [] })
      expect(guestQ.data.question.email).toBeUndefined()
      const customerQ = await api.post(`/store/social/products/${shirt.id}/questions`, { body: "Does the linen wrinkle a lot?" }, { headers: stranger.headers })
      expect(customerQ.data.question).toMatchObject({ status: "pending", author_name: "Test S." })
      expect((await api.get(`/store/social/products/${shirt.id}/questions`, store)).data).toMatchObject({ questions: [], count: 0 })

      const pending = await api.get("/admin/social/questions?status=pending", admin)
      expect(pending.data.count).toBe(2)
      expect(pending.data.questions.find((q: any) => q.id === guestQ.data.question.id)).toMatchObject({ email: "guest@example.com", product: { title: "Linen Shirt" } })
      const badReason = await answer(api.post(`/admin/social/questions/${customerQ.data.question.id}/reject`, { reason: "boring" }, admin))
      expect([badReason.status, badReason.data.message]).toEqual([400, expect.stringContaining("reason")])
      const rejected = await api.post(`/admin/social/questions/${customerQ.data.question.id}/reject`, { reason: "duplicate" }, admin)
      expect(rejected.data).toMatchObject({ changed: true, question: { status: "rejected", rejection_reason: "duplicate" } })
      const approved = await api.post(`/admin/social/questions/${guestQ.data.question.id}/approve`, {}, admin)
      expect(approved.data).toMatchObject({ changed: true, question: { status: "approved" } })
      expect((await api.post(`/admin/social/questions/${guestQ.data.question.id}/approve`, {}, admin)).data.changed).toBe(false)
      const qid = guestQ.data.question.id

      // Buyers answer (moderated); someone who did not buy cannot; a buyer answers once.
      expect((await answer(api.post(`/store/social/questions/${qid}/answers`, { body: "Yes" }, store))).status).toBe(401)
      const notBought = await answer(api.post(`/store/social/questions/${qid}/answers`, { body: "I think so." }, { headers: stranger.headers }))
      expect([notBought.status, notBought.data.message]).toEqual([400, expect.stringMatching(/Only customers who bought/)])
      const empty = await answer(api.post(`/store/social/questions/${qid}/answers`, {}, { headers: buyer.headers }))
      expect([empty.status, empty.data.message]).toEqual([400, expect.stringContaining("body")])
      const buyerAnswer = await api.post(`/store/social/questions/${qid}/answers`, { body: "Mine went through ten washes." }, { headers: buyer.headers })
      expect(buyerAnswer.data.answer).toMatchObject({ status: "pending", author_type: "customer", verified_buyer: true, author_name: "Test S." })
      expect((await answer(api.post(`/store/social/questions/${qid}/answers`, { body: "Again!" }, { headers: buyer.headers }))).status).toBe(422)
      expect((await answer(api.post(`/store/social/questions/${customerQ.data.question.id}/answers`, { body: "Rejected one" }, { headers: buyer.headers }))).status).toBe(404)

      // The shop answers: published at once, and the guest is told (once, even after a second answer).
      const shopAnswer = await api.post(`/admin/social/questions/${qid}/answers`, { body: "Yes, at 30°C." }, admin)
      expect(shopAnswer.status).toBe(201)
      expect(shopAnswer.data.question.answered_at).not.toBeNull()
      await api.post(`/admin/social/questions/${qid}/answers/${buyerAnswer.data.answer.id}/approve`, {}, admin)
      const told = await notifications("social-question-answered")
      expect(told).toHaveLength(1)
      expect(told[0]).toMatchObject({ to: "guest@example.com", channel: "email", data: expect.objectContaining({ answer: "Yes, at 30°C.", product_title: "Linen Shirt" }) })

      const listed = await api.get(`/store/social/products/${shirt.id}/questions?sort=answered`, store)
      expect(listed.data).toMatchObject({ count: 1, sort: "answered" })
      expect(listed.data.questions[0].answers.map((a: any) => [a.author_type, a.body])).toEqual([
        ["merchant", "Yes, at 30°C."],
        ["customer", "Mine went through ten washes."],
      ])
      expect(listed.data.questions[0].email).toBeUndefined()

      // Helpful votes: once per customer, once per guest visitor and network.
      const noVisitor = await answer(api.post(`/store/social/questions/${qid}/helpful`, {}, store))
      expect([noVisitor.status, noVisitor.data.message]).toEqual([400, expect.stringContaining("visitor_id")])
      expect((await api.post(`/store/social/questions/${qid}/helpful`, { visitor_id: "visitor-aaaa-1111" }, store)).data).toEqual({ created: true, helpful_count: 1 })
      expect((await api.post(`/store/social/questions/${qid}/helpful`, { visitor_id: "visitor-bbbb-2222" }, store)).data).toEqual({ created: false, helpful_count: 1 })
      expect((await api.post(`/store/social/questions/${qid}/helpful`, {}, { headers: buyer.headers })).data).toEqual({ created: true, helpful_count: 2 })
      expect((await answer(api.post(`/store/social/questions/${customerQ.data.question.id}/helpful`, {}, { headers: buyer.headers }))).status).toBe(404)

      // Verified buyers are asked to answer (a verified reviewer here), once per question.
      await api.post("/store/social/reviews", { product_id: shirt.id, rating: 5, title: "Great", body: "Breathes well in the heat." }, { headers: buyer.headers })
      const bad = await answer(api.post(`/admin/social/questions/${qid}/ask-buyers`, { limit: 0 }, admin))
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("limit")])
      expect((await api.post(`/admin/social/questions/${qid}/ask-buyers`, {}, admin)).data).toEqual({ asked: 1 })
      await api.post(`/admin/social/questions/${qid}/ask-buyers`, {}, admin)
      const asked = await notifications("social-question-answer-request")
      expect(asked).toHaveLength(1)
      expect(asked[0]).toMatchObject({ to: buyer.customer.email, receiver_id: buyer.customer.id })
      expect((await answer(api.post(`/admin/social/questions/${customerQ.data.question.id}/ask-buyers`, {}, admin))).status).toBe(404)
    })
  },
})
