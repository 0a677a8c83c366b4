import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders, createCustomerHeaders, createPublishableKeyHeaders } from "../helpers/auth"
import { cartContext, createOrder, emitAndWait, reviewApproved } from "../helpers/rewards"
import { SOCIAL_REWARD_MODULE } from "../../src/modules/social-reward"
import type SocialRewardModuleService from "../../src/modules/social-reward/service"
import releaseRewardGrantsJob from "../../src/jobs/release-reward-grants"

jest.setTimeout(90_000)

const reviewRule = {
  name: "Thanks for your review",
  status: "active",
  trigger: "review_approved",
  reward: { type: "fixed", value: 5, currency_code: "EUR", expires_in_days: 14 },
  caps: { period: "month", max_count: 3 },
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let pk: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await createAdminHeaders(getContainer(), api)
      pk = await createPublishableKeyHeaders(getContainer())
    })

    const rewards = () => getContainer().resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const fail = (p: Promise<any>) => p.then((r) => ({ status: r.status, data: r.data })).catch((e) => e.response)
    const createRule = async (body: Record<string, unknown>) => (await api.post("/admin/social/reward-rules", body, admin)).data.reward_rule

    describe("reward rules", () => {
      it("creates, lists, versions and deletes a rule; admin only", async () => {
        expect((await fail(api.get("/admin/social/reward-rules"))).status).toBe(401)
        const created = await api.post("/admin/social/reward-rules", reviewRule, admin)
        expect(created.status).toBe(201)
        const rule = created.data.reward_rule
        expect(rule).toMatchObject({
          status: "active",
          version: 1,
          trigger: "review_approved",
          reward: { type: "fixed", value: 5, currency_code: "eur", expires_in_days: 14 },
          caps: { period: "month", max_count: 3, max_value: null, budget: null },
          hold_hours: 0,
        })

        const updated = await api.post(`/admin/social/reward-rules/${rule.id}`, { status: "paused", hold_hours: 48 }, admin)
        expect(updated.data.reward_rule).toMatchObject({ status: "paused", hold_hours: 48, version: 2, name: reviewRule.name })
        const one = await api.get(`/admin/social/reward-rules/${rule.id}`, admin)
        expect(one.data.versions.map((v: any) => v.version)).toEqual([2, 1])

        const list = await api.get("/admin/social/reward-rules?status=paused", admin)
        expect(list.data).toMatchObject({ count: 1, reward_rules: [{ id: rule.id }] })

        expect((await api.delete(`/admin/social/reward-rules/${rule.id}`, admin)).data).toEqual({ id: rule.id, object: "reward_rule", deleted: true })
        expect((await fail(api.get(`/admin/social/reward-rules/${rule.id}`, admin))).status).toBe(404)
      })

      // Cases in one test: each test costs a database restore.
      it("refuses a rule conditioned on the rating with the FTC reason, and bad input naming the field; writes nothing", async () => {
        const cases: [Record<string, unknown>, string][] = [
          [{ trigger_config: { min_rating: 4 } }, "trigger_config.min_rating"],
          [{ conditions: [{ field: "rating", operator: "gte", value: 4 }] }, "conditions.0.field"],
          [{ trigger_config: { positive_only: true } }, "trigger_config.positive_only"],
        ]
        for (const [patch, field] of cases) {
          const res = await fail(api.post("/admin/social/reward-rules", { ...reviewRule, ...patch }, admin))
          expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(field)])
          expect(res.data.message).toContain("16 CFR 465")
        }
        const invalid: [Record<string, unknown>, string][] = [
          [{ reward: { type: "fixed", value: 5 } }, "reward.currency_code"],
          [{ reward: { type: "percentage", value: 150 } }, "reward.value"],
          [{ trigger: "tweet_posted" }, "trigger"],
          [{ caps: { period: "fortnight" } }, "caps.period"],
          [{ name: "" }, "name"],
          [{ surprise: true }, "surprise"],
          [{ trigger: "referral_referrer", hold_hours: 24 }, "hold_hours"],
          [{ trigger: "share_visitors" }, "trigger_config.visitors"],
        ]
        for (const [patch, field] of invalid) {
          const res = await fail(api.post("/admin/social/reward-rules", { ...reviewRule, ...patch }, admin))
          expect([res.status, res.data.message]).toEqual([400, expect.stringContaining(field)])
        }
        const rule = await createRule(reviewRule)
        const res = await fail(api.post(`/admin/social/reward-rules/${rule.id}`, { trigger_config: { min_stars: 5 } }, admin))
        expect([res.status, res.data.message]).toEqual([400, expect.stringContaining("16 CFR 465")])
        expect((await api.get("/admin/social/reward-rules", admin)).data).toMatchObject({ count: 1, reward_rules: [{ version: 1 }] })
      })

      it("simulates a draft rule without writing, saying what cannot be replayed here", async () => {
        const rule = await createRule({ ...reviewRule, status: "draft" })
        const res = await api.post(`/admin/social/reward-rules/${rule.id}/simulate`, { days: 30 }, admin)
        expect(res.data.simulation).toMatchObject({ rule_id: rule.id, days: 30, total_cost: 0, grants: [] })
        expect(res.data.simulation.missing.join(" ")).toContain("product_review")
        expect((await fail(api.post(`/admin/social/reward-rules/${rule.id}/simulate`, { days: 0 }, admin))).data.message).toContain("days")
        expect(await rewards().listRewardGrants({})).toHaveLength(0)
      })
    })

    describe("grants and promotions", () => {
      it("issues an approved review's reward as a promotion only that customer can use, once", async () => {
        await createRule(reviewRule)
        const alice = await createCustomerHeaders(api, pk)
        const bob = await createCustomerHeaders(api, pk)
        const event = reviewApproved(alice.customer.id)
        // Delivered twice: one grant.
        await emitAndWait(getContainer(), "social.review.approved", event)
        await emitAndWait(getContainer(), "social.review.approved", event)

        const grants = await rewards().listRewardGrants({ customer_id: alice.customer.id })
        expect(grants).toHaveLength(1)
        expect(grants[0]).toMatchObject({ status: "issued", source_type: "review", source_id: event.id })
        const code = grants[0].code!

        const promotionModule = getContainer().resolve(Modules.PROMOTION)
        const [promotion] = await promotionModule.listPromotions({ code }, { relations: ["rules", "rules.values", "campaign", "application_method"] })
        expect(promotion).toMatchObject({ status: "active", limit: 1, is_automatic: false })
        expect(promotion.application_method).toMatchObject({ type: "fixed", currency_code: "eur" })
        expect(new Date(promotion.campaign!.ends_at!).getTime()).toBeGreaterThan(Date.now() + 13 * 86400_000)

        const forAlice = await promotionModule.computeActions([code], cartContext(alice.customer.id) as any)
        expect(forAlice.some((a: any) => a.code === code && a.amount > 0)).toBe(true)
        const forBob = await promotionModule.computeActions([code], cartContext(bob.customer.id) as any)
        expect(forBob.some((a: any) => a.code === code && a.amount > 0)).toBe(false)

        // The customer sees their own code; another customer sees nothing of it.
        const mine = await api.get("/store/social/me/rewards", { headers: alice.headers })
        expect(mine.data.rewards).toEqual([
          expect.objectContaining({ status: "issued", code, reward: { type: "fixed", value: 5, currency_code: "eur" }, reason: "review" }),
        ])
        const theirs = await api.get(`/store/social/me/rewards?customer_id=${alice.customer.id}`, { headers: bob.headers })
        expect(theirs.data.rewards).toEqual([])
        expect(JSON.stringify(theirs.data)).not.toContain(code)
        expect((await fail(api.get("/store/social/me/rewards", pk))).status).toBe(401)

        // The customer was told through the Notification module.
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ receiver_id: alice.customer.id })
        expect(notifications).toEqual([expect.objectContaining({ template: "social-reward-issued", channel: "email", to: alice.customer.email })])
      })

      it("holds a grant, and the release job issues it after the hold; a failed promotion leaves it held", async () => {
        await createRule({ ...reviewRule, hold_hours: 24 })
        const alice = await createCustomerHeaders(api, pk)
        await emitAndWait(getContainer(), "social.review.approved", reviewApproved(alice.customer.id))
        let [grant] = await rewards().listRewardGrants({ customer_id: alice.customer.id })
        expect(grant).toMatchObject({ status: "held", promotion_id: null })

        await releaseRewardGrantsJob(getContainer())
        expect((await rewards().retrieveRewardGrant(grant.id)).status).toBe("held") // not due yet

        await rewards().updateRewardGrants({ id: grant.id, hold_until: new Date(Date.now() - 1000) })
        const promotionModule = getContainer().resolve(Modules.PROMOTION)
        const before = (await promotionModule.listPromotions({})).length
        const spy = jest.spyOn(promotionModule, "createPromotions").mockRejectedValueOnce(new Error("promotion store unavailable"))
        await releaseRewardGrantsJob(getContainer())
        spy.mockRestore()
        grant = await rewards().retrieveRewardGrant(grant.id)
        expect(grant).toMatchObject({ status: "held", promotion_id: null, code: null })
        expect((await promotionModule.listPromotions({})).length).toBe(before)

        await releaseRewardGrantsJob(getContainer())
        grant = await rewards().retrieveRewardGrant(grant.id)
        expect(grant.status).toBe("issued")
        expect(grant.code).toMatch(/^RW-/)
        // A failure after the promotion was made rolls it back too.
        const other = await createCustomerHeaders(api, pk)
        await emitAndWait(getContainer(), "social.review.approved", reviewApproved(other.customer.id))
        const [g2] = await rewards().listRewardGrants({ customer_id: other.customer.id })
        await rewards().updateRewardGrants({ id: g2.id, hold_until: new Date(Date.now() - 1000) })
        const countBefore = (await promotionModule.listPromotions({})).length
        const svc = rewards()
        const updSpy = jest.spyOn(svc, "updateRewardGrants").mockImplementationOnce(async () => {
          throw new Error("database went away")
        })
        await releaseRewardGrantsJob(getContainer())
        updSpy.mockRestore()
        expect(await rewards().retrieveRewardGrant(g2.id)).toMatchObject({ status: "held", promotion_id: null })
        expect((await promotionModule.listPromotions({})).length).toBe(countBefore)
      })
    })

    describe("shares", () => {
      it("pays a share link by its distinct real visitors within the window, never by the click on share", async () => {
        await createRule({ ...reviewRule, name: "Share", trigger: "share_visitors", trigger_config: { visitors: 3, within_hours: 48 } })
        const alice = await createCustomerHeaders(api, pk)
        const click = (patch: Record<string, unknown>) => ({
          share_link_id: "sshl_1",
          code: "abc123",
          product_id: "prod_test",
          customer_id: alice.customer.id,
          network: "whatsapp",
          clicks: 5,
          new_distinct_visitors: 2,
          distinct_visitors_total: 2,
          first_click_at: new Date(Date.now() - 3600_000).toISOString(),
          ...patch,
        })
        await emitAndWait(getContainer(), "social.share.clicked", click({}))
        expect(await rewards().listRewardGrants({ customer_id: alice.customer.id })).toHaveLength(0)
        await emitAndWait(getContainer(), "social.share.clicked", click({ share_link_id: "sshl_old", distinct_visitors_total: 9, first_click_at: new Date(Date.now() - 72 * 3600_000).toISOString() }))
        await emitAndWait(getContainer(), "social.share.clicked", click({ share_link_id: "sshl_anon", customer_id: null, distinct_visitors_total: 9 }))
        expect(await rewards().listRewardGrants({})).toHaveLength(0)
        await emitAndWait(getContainer(), "social.share.clicked", click({ distinct_visitors_total: 3 }))
        await emitAndWait(getContainer(), "social.share.clicked", click({ distinct_visitors_total: 4 }))
        const grants = await rewards().listRewardGrants({ customer_id: alice.customer.id })
        expect(grants).toEqual([expect.objectContaining({ source_type: "share_link", source_id: "sshl_1", status: "issued" })])
      })
    })

    describe("referrals and clawback", () => {
      it("pays both sides on a new friend's first order, and a return claws back (a used code is recorded)", async () => {
        await createRule({ ...reviewRule, name: "Friend", trigger: "referral_friend", hold_hours: 720 })
        await createRule({ ...reviewRule, name: "Referrer", trigger: "referral_referrer", hold_hours: 720, reward: { type: "percentage", value: 10 } })
        const alice = await createCustomerHeaders(api, pk)
        const bob = await createCustomerHeaders(api, pk)
        const { data } = await api.get("/store/social/me/referral", { headers: { ...alice.headers, "user-agent": "alice-phone" } })
        expect(data.referral.code).toMatch(/^REF-/)
        expect(data.referral.link).toBe(`http://localhost:8000/?ref=${data.referral.code}`)

        const bad = await fail(api.post("/store/social/referrals/claim", { code: "" }, { headers: bob.headers }))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("code")
        expect((await fail(api.post("/store/social/referrals/claim", { code: "REF-NOPE-NOPE" }, { headers: bob.headers }))).status).toBe(404)

        const claim = await api.post("/store/social/referrals/claim", { code: data.referral.code }, { headers: { ...bob.headers, "user-agent": "bob-laptop" } })
        expect(claim.status).toBe(201)
        expect((await fail(api.post("/store/social/referrals/claim", { code: data.referral.code }, { headers: bob.headers }))).status).toBe(409)

        const order = await createOrder(getContainer(), bob.customer)
        await emitAndWait(getContainer(), "order.placed", { id: order.id })
        const grants = await rewards().listRewardGrants({ order_id: order.id }, { order: { created_at: "ASC" } })
        expect(grants.map((g) => [g.customer_id, g.status])).toEqual(
          expect.arrayContaining([
            [bob.customer.id, "held"],
            [alice.customer.id, "held"],
          ])
        )
        const friendGrant = grants.find((g) => g.customer_id === bob.customer.id)!
        expect(new Date(friendGrant.hold_until).getTime()).toBeGreaterThan(Date.now() + 29 * 86400_000)

        // The friend's hold ends; the code is issued and used on a later order.
        await rewards().updateRewardGrants({ id: friendGrant.id, hold_until: new Date(Date.now() - 1000) })
        await releaseRewardGrantsJob(getContainer())
        const issued = await rewards().retrieveRewardGrant(friendGrant.id)
        const promotionModule = getContainer().resolve(Modules.PROMOTION)
        await promotionModule.registerUsage([{ action: "addItemAdjustment", item_id: "item_1", amount: 5, code: issued.code! } as any], {
          customer_id: bob.customer.id,
          customer_email: bob.customer.email,
        } as any)

        await emitAndWait(getContainer(), "order.return_received", { order_id: order.id, return_id: "ret_1" })
        const after = await rewards().listRewardGrants({ order_id: order.id })
        expect(after.every((g) => g.status === "revoked")).toBe(true)
        expect(Number(after.find((g) => g.id === friendGrant.id)!.clawback_value)).toBe(5)
        const signals = await rewards().listRiskSignals({ customer_id: bob.customer.id })
        expect(signals).toEqual([expect.objectContaining({ kind: "clawback_owed", subject_id: friendGrant.id })])

        // The simulation of the referrer rule replays this referral's order.
        const rules = (await api.get("/admin/social/reward-rules?trigger=referral_referrer", admin)).data.reward_rules
        const sim = await api.post(`/admin/social/reward-rules/${rules[0].id}/simulate`, {}, admin)
        expect(sim.data.simulation.grants).toEqual([expect.objectContaining({ customer_id: alice.customer.id, source_type: "referral" })])
        expect(sim.data.simulation.total_cost).toBe(6)
      })

      it("a cancelled order revokes held grants and deactivates an unused code; admin approves and revokes grants", async () => {
        const rule = (await createRule({ ...reviewRule, trigger: "referral_friend", hold_hours: 720 })) as any
        const bob = await createCustomerHeaders(api, pk)
        const order = await createOrder(getContainer(), bob.customer)
        const stored = await rewards().retrieveRewardGrant(
          ((await rewards().grant({ rule: { ...rule }, customer_id: bob.customer.id, source_type: "referral", source_id: "ref_a", order_id: order.id })) as any).grant.id
        )
        const held = await rewards().grant({ rule: { ...rule }, customer_id: bob.customer.id, source_type: "referral", source_id: "ref_b", order_id: order.id })
        await rewards().updateRewardGrants({ id: stored.id, hold_until: new Date(Date.now() - 1000) })
        await releaseRewardGrantsJob(getContainer())
        const issued = await rewards().retrieveRewardGrant(stored.id)
        expect(issued.status).toBe("issued")

        await emitAndWait(getContainer(), "order.canceled", { id: order.id })
        expect(await rewards().retrieveRewardGrant(stored.id)).toMatchObject({ status: "revoked", status_reason: "order canceled", clawback_value: null })
        expect((await rewards().retrieveRewardGrant((held as any).grant.id)).status).toBe("revoked")
        const [promotion] = await getContainer().resolve(Modules.PROMOTION).listPromotions({ id: issued.promotion_id! })
        expect(promotion.status).toBe("inactive")
        // Delivered again: nothing changes.
        await emitAndWait(getContainer(), "order.canceled", { id: order.id })
        expect((await rewards().listRewardGrants({ order_id: order.id })).map((g) => g.status)).toEqual(["revoked", "revoked"])

        // Admin: a grant waiting for review is approved (held until its hold ends), then revoked by hand.
        const waiting = (await rewards().grant({ rule: { ...rule }, customer_id: bob.customer.id, source_type: "referral", source_id: "ref_c", signals: ["same_address"] })) as any
        const listed = await api.get(`/admin/social/reward-grants?customer_id=${bob.customer.id}&status=needs_review`, admin)
        expect(listed.data.reward_grants).toEqual([expect.objectContaining({ id: waiting.grant.id, signals: ["same_address"] })])
        const approved = await api.post(`/admin/social/reward-grants/${waiting.grant.id}/approve`, {}, admin)
        expect(approved.data.reward_grant).toMatchObject({ status: "held", code: null })
        expect((await fail(api.post(`/admin/social/reward-grants/${waiting.grant.id}/approve`, {}, admin))).status).toBe(400)
        const noReason = await fail(api.post(`/admin/social/reward-grants/${waiting.grant.id}/revoke`, {}, admin))
        expect([noReason.status, noReason.data.message]).toEqual([400, expect.stringContaining("reason")])
        const revoked = await api.post(`/admin/social/reward-grants/${waiting.grant.id}/revoke`, { reason: "duplicate account" }, admin)
        expect(revoked.data.reward_grant).toMatchObject({ status: "revoked", status_reason: "duplicate account" })
        expect((await fail(api.post(`/admin/social/reward-grants/grant_nope/revoke`, { reason: "x" }, admin))).status).toBe(404)
      })

      it("sends a self-referral to the review queue instead of paying it", async () => {
        await createRule({ ...reviewRule, name: "Friend", trigger: "referral_friend", hold_hours: 720 })
        const alice = await createCustomerHeaders(api, pk)
        const sock = await createCustomerHeaders(api, pk)
        const device = { "user-agent": "same-device" }
        const { data } = await api.get("/store/social/me/referral", { headers: { ...alice.headers, ...device } })
        const claim = await api.post("/store/social/referrals/claim", { code: data.referral.code }, { headers: { ...sock.headers, ...device } })
        expect(claim.data.referral.status).toBe("pending")

        const queue = await api.get("/admin/social/referrals", admin)
        expect(queue.data.referrals).toEqual([expect.objectContaining({ friend_customer_id: sock.customer.id, status: "needs_review", signals: ["same_ip_ua"] })])

        const order = await createOrder(getContainer(), sock.customer)
        await emitAndWait(getContainer(), "order.placed", { id: order.id })
        const [grant] = await rewards().listRewardGrants({ customer_id: sock.customer.id })
        expect(grant.status).toBe("needs_review")
        const listed = await api.get(`/admin/social/reward-grants?status=needs_review`, admin)
        expect(listed.data.reward_grants.map((g: any) => g.id)).toEqual([grant.id])

        const rejected = await api.post(`/admin/social/referrals/${queue.data.referrals[0].id}/reject`, { note: "same device", block: true }, admin)
        expect(rejected.data.referral.status).toBe("rejected")
        const blocklist = await api.get("/admin/social/reward-blocklist", admin)
        expect(blocklist.data.blocklist.map((e: any) => e.kind).sort()).toEqual(["customer", "email", "ip_ua"])
        const badKind = await fail(api.post("/admin/social/reward-blocklist", { kind: "phone", value: "123" }, admin))
        expect([badKind.status, badKind.data.message]).toEqual([400, expect.stringContaining("kind")])
        const email = await api.post("/admin/social/reward-blocklist", { kind: "email", value: "Fraud.Ster+x@GMail.com" }, admin)
        expect(email.data.entry.value).toBe("fraudster@gmail.com")
        expect((await rewards().retrieveRewardGrant(grant.id)).status).toBe("revoked")
        expect((await fail(api.post(`/admin/social/referrals/${queue.data.referrals[0].id}/approve`, {}, admin))).status).toBe(400)
      })
    })
  },
})
