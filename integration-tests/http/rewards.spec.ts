import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdminHeaders, createCustomerHeaders } from "../helpers/auth"
import { attributeToShare, cartContext, createOrder, emitAndWait, recordVisits, reviewApproved } from "../helpers/rewards"
import { addShopProduct, createShop, type Shop } from "../helpers/commerce"
import { andWait, cancelOrder, capturePayment, fulfillOrder, placeOrder, refundPayment, returnItems } from "../helpers/orders"
import { flushShareClicks } from "../../src/workflows/social-share/click-flusher"
import { SOCIAL_SHARE_MODULE } from "../../src/modules/social-share"
import type SocialShareModuleService from "../../src/modules/social-share/service"
import { SOCIAL_REWARD_MODULE } from "../../src/modules/social-reward"
import type SocialRewardModuleService from "../../src/modules/social-reward/service"
import releaseRewardGrantsJob from "../../src/jobs/release-reward-grants"
import { randomUUID } from "crypto"
import { recordTouch } from "../../src/api/store/social/touches/record"
import { clickVisitor } from "../../src/modules/social-share/lib/visitor"


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
    // A shop to check out in: orders are placed, cancelled, returned and refunded through Medusa's
    // own workflows, so the reward subscribers get Medusa's real events.
    let shop: Shop

    beforeAll(async () => {
      shop = await createShop(getContainer())
    })

    beforeAll(async () => {
      admin = await createAdminHeaders(getContainer(), api)
    })

    beforeEach(async () => {
      pk = shop.publishable
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

      it("answers the reward lists with the fields asked for, paged", async () => {
        const older = await createRule({ ...reviewRule, name: "Older" })
        const newer = await createRule({ ...reviewRule, name: "Newer", status: "paused" })
        await api.post("/admin/social/reward-blocklist", { kind: "email", value: "blocked@example.com", reason: "chargebacks" }, admin)

        const rules = (await api.get("/admin/social/reward-rules?fields=id,name&limit=1", admin)).data
        expect(rules).toEqual({ reward_rules: [{ id: newer.id, name: "Newer" }], count: 2, offset: 0, limit: 1 })
        const oldestFirst = (await api.get("/admin/social/reward-rules?fields=id&order=created_at", admin)).data.reward_rules
        expect(oldestFirst).toEqual([{ id: older.id }, { id: newer.id }])
        const blocklist = (await api.get("/admin/social/reward-blocklist?fields=kind,value", admin)).data
        expect(blocklist).toMatchObject({ blocklist: [{ kind: "email", value: "blocked@example.com" }], count: 1 })
        // Query reads the id whatever is asked.
        expect(Object.keys(blocklist.blocklist[0]).sort()).toEqual(["id", "kind", "value"])
        expect((await api.get("/admin/social/reward-grants?fields=id,status", admin)).data).toMatchObject({ reward_grants: [], count: 0 })
        expect((await api.get("/admin/social/referrals?fields=id,status", admin)).data).toMatchObject({ referrals: [], count: 0 })
      })

      it("refuses a reward list field it cannot select with a 400 naming it", async () => {
        for (const url of ["/admin/social/reward-rules", "/admin/social/reward-grants", "/admin/social/referrals", "/admin/social/reward-blocklist"]) {
          const res = await fail(api.get(`${url}?fields=id,deleted_at`, admin))
          expect([url, res.status, res.data.message]).toEqual([url, 400, expect.stringContaining("'deleted_at'")])
        }
      })

      it("simulates a draft rule over past reviews without writing anything", async () => {
        const rule = await createRule({ ...reviewRule, status: "draft" })
        const res = await api.post(`/admin/social/reward-rules/${rule.id}/simulate`, { days: 30 }, admin)
        expect(res.data.simulation).toMatchObject({ rule_id: rule.id, days: 30, total_cost: 0, grants: [] })
        // The reviews module is installed in this app, so past reviews are replayed, not reported missing.
        expect(res.data.simulation.missing.join(" ")).not.toContain("product_review")
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
        expect(promotion.is_tax_inclusive).toBe(true)
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
      const ago = (hours: number) => new Date(Date.now() - hours * 3600_000)
      const customers = async (n: number) => {
        const out: { id: string; email: string }[] = []
        for (let i = 0; i < n; i++) out.push((await createCustomerHeaders(api, pk)).customer)
        return out
      }
      const links = async (rows: [string | null, string, string][]) => {
        const share = getContainer().resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
        const { links } = await share.getOrCreateLinks(rows.map(([customer_id, product_id, network]) => ({ customer_id, product_id, network, creator_visitor_hash: null, locale: "", currency_code: "" })))
        return links
      }
      const clicked = (l: { id: string; code: string; product_id: string; customer_id: string | null }) => ({
        share_link_id: l.id,
        code: l.code,
        product_id: l.product_id,
        customer_id: l.customer_id,
        network: "whatsapp",
        clicks: 1,
        new_distinct_visitors: 1,
        distinct_visitors_total: 1,
        first_click_at: new Date().toISOString(),
      })
      /** `n` page loads from distinct addresses, as the storefront records them (a touch with `sc`). */
      const landed = async (code: string, n: number) => {
        for (let i = 0; i < n; i++) {
          await recordTouch(getContainer(), {
            body: { sc: code, utm_source: "whatsapp", consent: "granted" },
            visitor_id: `visitor-${code}-${i}`,
            customer_id: null,
            ip: `203.0.113.${i + 1}`,
            user_agent: "Mozilla/5.0",
          })
        }
      }
      /** A click batch from `networks` networks, the first bringing `devices` devices. */
      const visits = (linkId: string, networks: number, devices = 1) =>
        getContainer()
          .resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
          .recordClickBatch({
            batch_id: randomUUID(),
            source: "memory",
            entries: [
              {
                share_link_id: linkId,
                clicks: networks + devices - 1,
                bot_clicks: 0,
                self_clicks: 0,
                visitors: [
                  ...Array.from({ length: devices }, (_, i) => clickVisitor({ network: `net0-${linkId}`, device: `dev${i}` })),
                  ...Array.from({ length: networks - 1 }, (_, i) => clickVisitor({ network: `net${i + 1}-${linkId}`, device: "dev" })),
                ],
                first_click_at: ago(2),
                last_click_at: ago(1),
              },
            ],
          })
      const live = async (ruleId: string) =>
        (await rewards().listRewardGrants({ rule_id: ruleId, status: { $ne: "revoked" } }, { order: { created_at: "ASC" } })).map((g) => [
          g.customer_id,
          g.source_id,
          Number(g.value),
        ])

      it("pays a share link by its distinct real visitors within the window, and the simulation grants exactly that", async () => {
        const [alice, bob, carol, dave] = await customers(4)
        const [l1, l2, l3, l4, l5, anon] = await links([
          [alice.id, "prod_a", "whatsapp"],
          [bob.id, "prod_a", "whatsapp"],
          [carol.id, "prod_a", "whatsapp"],
          [carol.id, "prod_b", "whatsapp"],
          [dave.id, "prod_a", "whatsapp"],
          [null, "prod_a", "whatsapp"],
        ])
        await recordVisits(getContainer(), l1.id, [[ago(100), 2, 5], [ago(95), 1]]) // 3 visitors in 5 h (bots do not count)
        await recordVisits(getContainer(), l2.id, [[ago(120), 1, 9], [ago(60), 5]]) // the third only 60 h after the first click
        await recordVisits(getContainer(), l3.id, [[ago(90), 3]])
        await recordVisits(getContainer(), l4.id, [[ago(80), 4]]) // carol's second: her count cap
        await recordVisits(getContainer(), l5.id, [[ago(70), 3]]) // dave: the budget is spent by then
        await recordVisits(getContainer(), anon.id, [[ago(65), 9]]) // nobody to pay
        const rule = await createRule({
          ...reviewRule,
          status: "draft",
          name: "Share",
          trigger: "share_visitors",
          trigger_config: { visitors: 3, within_hours: 48 },
          caps: { period: "all", max_count: 1, budget: 10 },
        })

        const { simulation } = (await api.post(`/admin/social/reward-rules/${rule.id}/simulate`, { days: 30 }, admin)).data
        expect(simulation.grants.map((g: any) => [g.customer_id, g.source_id, g.value])).toEqual([
          [alice.id, l1.id, 5],
          [carol.id, l3.id, 5],
        ])
        expect(simulation.caps_hit.map((c: any) => [c.source_id, c.cap])).toEqual([
          [l4.id, "max_count"],
          [l5.id, "budget"],
        ])
        expect(simulation.skipped).toEqual([{ source_id: l2.id, reason: "not within 48 hours of the first click" }])
        expect([simulation.total_cost, simulation.missing]).toEqual([10, []])
        expect(await rewards().listRewardGrants({})).toHaveLength(0)

        // The live path, fed the same ledger in the same order, grants the same. (The people alice's
        // link brought loaded the storefront page: without that, her grant waits for review.)
        await landed(l1.code, 3)
        await api.post(`/admin/social/reward-rules/${rule.id}`, { status: "active" }, admin)
        for (const l of [l1, l3, l4, l5, l2, anon, l1]) {
          await emitAndWait(getContainer(), "social.share.clicked", clicked(l))
        }
        expect(await live(rule.id)).toEqual(simulation.grants.map((g: any) => [g.customer_id, g.source_id, g.value]))
        expect((await rewards().listRewardGrants({ customer_id: alice.id }))[0].status).toBe("issued")
      })

      it("pays the sharer once real people opened the link: /s/:code, then the flush, social.share.clicked and the grant", async () => {
        const c = getContainer()
        const rule = await createRule({
          ...reviewRule,
          name: "Share",
          trigger: "share_visitors",
          trigger_config: { visitors: 3, within_hours: 48 },
          caps: { period: "all", max_count: 1 },
        })
        const alice = await createCustomerHeaders(api, pk)
        const { data } = await api.get(`/store/social/products/${shop.product_id}/share`, { headers: alice.headers })
        const link = data.share.links.find((l: any) => l.network === "whatsapp")
        const linkId = (await c.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).findLinkByCode(link.code))!.id
        const firefox = (n: number) => `Mozilla/5.0 (X11; Linux x86_64; rv:${120 + n}.0) Gecko/20100101 Firefox/${120 + n}.0`
        // Each friend comes from a network of their own (Medusa trusts one proxy hop, so the
        // forwarded address is the client's).
        const open = async (headers: Record<string, string>) => {
          const res = await api.get(`/s/${link.code}`, { headers, maxRedirects: 0, validateStatus: () => true })
          expect(res.status).toBe(res.headers["content-type"]?.startsWith("text/html") ? 200 : 302)
        }
        // The flush may also run on its own timer: wait for the event the clicks cause, whoever flushes.
        const flushed = (clicks: () => Promise<void>) => andWait(c, "social.share.clicked", async () => {
          await clicks()
          await flushShareClicks(c)
        })

        await flushed(async () => {
          await open({ "user-agent": firefox(1), "x-forwarded-for": "203.0.113.7" })
          await open({ "user-agent": firefox(2), "x-forwarded-for": "198.51.100.23" })
          await open({ "user-agent": "WhatsApp/2.23.20.0", "x-forwarded-for": "192.0.2.9" }) // the preview bot
          await open({ "user-agent": firefox(3), "x-forwarded-for": "192.0.2.45", authorization: alice.headers.authorization }) // alice herself
        })
        expect(await rewards().listRewardGrants({ rule_id: rule.id })).toEqual([])

        // Two of the friends' storefront pages recorded their landing (the page-load fraud signal).
        for (const ip of ["203.0.113.7", "198.51.100.23"]) {
          await api.post("/store/social/touches", { sc: link.code, consent: "granted" }, { headers: { ...pk.headers, "x-forwarded-for": ip } })
        }
        await flushed(() => open({ "user-agent": firefox(4), "x-forwarded-for": "100.64.12.3" }))
        const grants = await rewards().listRewardGrants({ rule_id: rule.id })
        expect(grants).toEqual([expect.objectContaining({ customer_id: alice.customer.id, source_type: "share_link", source_id: linkId, status: "issued" })])
        expect(grants[0].code).toMatch(/^RW-/)

        // More visitors later: still one reward for the link.
        await flushed(() => open({ "user-agent": firefox(5), "x-forwarded-for": "172.16.40.1" }))
        expect(await rewards().listRewardGrants({ rule_id: rule.id })).toHaveLength(1)
        const listed = (await api.get(`/admin/social/share-links?customer_id=${alice.customer.id}&network=whatsapp`, admin)).data.share_links
        expect(listed).toEqual([expect.objectContaining({ code: link.code, clicks: 6, bot_clicks: 1, self_clicks: 1, distinct_visitors: 4 })])
      })

      it("share_visitors: a network is one visitor; crowded networks and links nobody landed on wait for review; a default count cap", async () => {
        const [alice, bob, carol] = await customers(3)
        const [crowded, real, oneNetwork] = await links([
          [alice.id, "prod_a", "whatsapp"],
          [bob.id, "prod_a", "whatsapp"],
          [bob.id, "prod_b", "whatsapp"],
        ])
        const rule = await createRule({
          ...reviewRule,
          name: "Shares",
          trigger: "share_visitors",
          trigger_config: { visitors: 3, within_hours: 48 },
          caps: { period: "month" },
        })
        const grantOf = async (linkId: string) => (await rewards().listRewardGrants({ rule_id: rule.id, source_id: linkId }))[0]

        // Three networks, one of which brought 7 devices (rotated cookies): 3 visitors, not 9,
        // and a crowd signal; nobody loaded the storefront page either.
        await visits(crowded.id, 3, 7)
        await emitAndWait(getContainer(), "social.share.clicked", clicked(crowded))
        expect(await grantOf(crowded.id)).toMatchObject({ status: "needs_review" })
        expect((await grantOf(crowded.id)).signals).toEqual(expect.arrayContaining(["share_network_crowd", "share_few_page_loads"]))

        // Ten devices of one network are one visitor: no grant.
        await visits(oneNetwork.id, 1, 10)
        await emitAndWait(getContainer(), "social.share.clicked", clicked(oneNetwork))
        expect(await grantOf(oneNetwork.id)).toBeUndefined()

        // Three networks, and two of them loaded the page (half of 3, rounded up): paid.
        await visits(real.id, 3)
        await landed(real.code, 2)
        await emitAndWait(getContainer(), "social.share.clicked", clicked(real))
        expect(await grantOf(real.id)).toMatchObject({ signals: null })
        expect(["held", "issued"]).toContain((await grantOf(real.id)).status)

        // The rule sets no count cap: 10 grants a month per customer at most.
        await api.post(`/admin/social/reward-rules/${rule.id}`, { status: "paused" }, admin)
        const open = await createRule({
          ...reviewRule,
          name: "Shares without page-load check",
          trigger: "share_visitors",
          trigger_config: { visitors: 1, within_hours: 48, min_page_load_ratio: 0 },
          caps: { period: "month" },
        })
        const many = await links(Array.from({ length: 11 }, (_, i) => [carol.id, `prod_${i}`, "whatsapp"] as [string, string, string]))
        for (const l of many) {
          await visits(l.id, 1)
          await emitAndWait(getContainer(), "social.share.clicked", clicked(l))
        }
        expect(await rewards().listRewardGrants({ rule_id: open.id, customer_id: carol.id })).toHaveLength(10)
      })

      it("pays a share that sold (from the attribution ledger), and the simulation grants exactly that", async () => {
        const [alice, bob, carol, dave, erin] = await customers(5)
        const [l1, l2, l3, l5] = await links([
          [alice.id, "prod_a", "whatsapp"],
          [bob.id, "prod_a", "whatsapp"],
          [carol.id, "prod_a", "whatsapp"],
          [dave.id, "prod_a", "whatsapp"],
        ])
        const c = getContainer()
        const sale = async (buyer: any, link: any, total: number, hoursAgo: number) =>
          attributeToShare(c, await createOrder(c, buyer, "1 Main Street", total), link.code, total, ago(hoursAgo))
        const o1 = await sale(dave, l1, 60, 72)
        const own = await sale(alice, l1, 60, 70) // the sharer's own order
        const small = await sale(dave, l2, 30, 66) // under the minimum order value
        const o4 = await sale(erin, l1, 60, 48) // alice's second: her count cap
        const canceled = await sale(erin, l3, 60, 24)
        await c.resolve(Modules.ORDER).cancel(canceled.order_id)
        const o6 = await sale(erin, l5, 60, 12)
        const rule = await createRule({
          ...reviewRule,
          status: "draft",
          name: "Share that sold",
          trigger: "share_order",
          hold_hours: 720,
          min_order_value: 50,
          caps: { period: "all", max_count: 1 },
        })

        const { simulation } = (await api.post(`/admin/social/reward-rules/${rule.id}/simulate`, { days: 7 }, admin)).data
        expect(simulation.grants.map((g: any) => [g.customer_id, g.source_id, g.value])).toEqual([
          [alice.id, `${l1.id}:${o1.order_id}`, 5],
          [dave.id, `${l5.id}:${o6.order_id}`, 5],
        ])
        expect(simulation.caps_hit.map((x: any) => [x.source_id, x.cap])).toEqual([[`${l1.id}:${o4.order_id}`, "max_count"]])
        expect(simulation.skipped).toEqual(
          expect.arrayContaining([
            { source_id: `${l1.id}:${own.order_id}`, reason: "the sharer's own order" },
            { source_id: `${l2.id}:${small.order_id}`, reason: "order below 50" },
            { source_id: `${l3.id}:${canceled.order_id}`, reason: "order canceled" },
          ])
        )
        expect(simulation.total_cost).toBe(10)
        expect(await rewards().listRewardGrants({})).toHaveLength(0)

        await api.post(`/admin/social/reward-rules/${rule.id}`, { status: "active" }, admin)
        for (const event of [o1, own, small, o4, canceled, o6]) {
          await emitAndWait(c, "social.order.attributed", event)
          if (event === canceled) await emitAndWait(c, "order.canceled", { id: canceled.order_id })
        }
        expect(await live(rule.id)).toEqual(simulation.grants.map((g: any) => [g.customer_id, g.source_id, g.value]))
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

        // Bob's first order, checked out over the store API (2 mugs at 20 EUR + 5 EUR shipping).
        const c = getContainer()
        const order = await placeOrder(api, c, shop, bob.headers, bob.customer.email)
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

        // The simulation of the referrer rule replays this order: 10 % of its 45 EUR.
        const referrerRule = (await api.get("/admin/social/reward-rules?trigger=referral_referrer", admin)).data.reward_rules[0]
        const simulate = async () => (await api.post(`/admin/social/reward-rules/${referrerRule.id}/simulate`, {}, admin)).data.simulation
        expect(await simulate()).toMatchObject({ grants: [expect.objectContaining({ customer_id: alice.customer.id, source_type: "referral" })], total_cost: 4.5 })

        // Shipped, then sent back: Medusa's return workflow receives it.
        await fulfillOrder(c, shop, order)
        await returnItems(c, shop, order.id, order.items)
        const after = await rewards().listRewardGrants({ order_id: order.id })
        expect(after.every((g) => g.status === "revoked")).toBe(true)
        expect(Number(after.find((g) => g.id === friendGrant.id)!.clawback_value)).toBe(5)
        const signals = await rewards().listRiskSignals({ customer_id: bob.customer.id })
        expect(signals).toEqual([expect.objectContaining({ kind: "clawback_owed", subject_id: friendGrant.id })])

        // The 5 EUR owed is collected from bob's next rewards: an 8 EUR review reward is issued as
        // 3 EUR, the next one in full.
        await createRule({ ...reviewRule, name: "Review 8", reward: { type: "fixed", value: 8, currency_code: "EUR" } })
        // Reviews of two products: a review is rewarded once per customer and product.
        await emitAndWait(getContainer(), "social.review.approved", reviewApproved(bob.customer.id, { product_id: "prod_a" }))
        await emitAndWait(getContainer(), "social.review.approved", reviewApproved(bob.customer.id, { product_id: "prod_b" }))
        const later = await rewards().listRewardGrants({ customer_id: bob.customer.id, source_type: "review" }, { order: { created_at: "ASC" } })
        expect(later.map((g) => [Number(g.value), g.status])).toEqual([
          [3, "issued"],
          [8, "issued"],
        ])
        expect(later[0].status_reason).toBe("5 deducted for a clawback owed")
        const [reduced] = await promotionModule.listPromotions({ code: later[0].code! }, { relations: ["application_method"] })
        expect(Number(reduced.application_method!.value)).toBe(3)
        const collected = await rewards().listRiskSignals({ customer_id: bob.customer.id, kind: "clawback_collected" })
        expect(collected.map((x) => [x.subject_id, (x.detail as any).value])).toEqual([[later[0].id, 5]])

        // The simulation of the referrer rule replays this referral's order as the live path
        // ended: returned, so nothing to pay.
        expect(await simulate()).toMatchObject({ grants: [], total_cost: 0, skipped: [expect.objectContaining({ reason: "order returned" })] })
      })

      it("a cancelled order revokes held grants and deactivates an unused code; admin approves and revokes grants", async () => {
        const rule = (await createRule({ ...reviewRule, trigger: "referral_friend", hold_hours: 720 })) as any
        const bob = await createCustomerHeaders(api, pk)
        const order = await placeOrder(api, getContainer(), shop, bob.headers, bob.customer.email)
        const stored = await rewards().retrieveRewardGrant(
          ((await rewards().grant({ rule: { ...rule }, customer_id: bob.customer.id, source_type: "referral", source_id: "ref_a", order_id: order.id })) as any).grant.id
        )
        const held = await rewards().grant({ rule: { ...rule }, customer_id: bob.customer.id, source_type: "referral", source_id: "ref_b", order_id: order.id })
        await rewards().updateRewardGrants({ id: stored.id, hold_until: new Date(Date.now() - 1000) })
        await releaseRewardGrantsJob(getContainer())
        const issued = await rewards().retrieveRewardGrant(stored.id)
        expect(issued.status).toBe("issued")

        await cancelOrder(getContainer(), order.id)
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

      it("a partial refund keeps a grant while the kept order value meets the rule's minimum; below it, or refunded in full, it is revoked", async () => {
        const withMin = await createRule({ ...reviewRule, name: "Sold", trigger: "share_order", hold_hours: 720, min_order_value: 50 })
        const noMin = await createRule({ ...reviewRule, name: "Friend", trigger: "referral_friend", hold_hours: 720 })
        const bob = await createCustomerHeaders(api, pk)
        const c = getContainer()
        // 3 mugs at 20 EUR + 5 EUR shipping, paid and captured through Medusa's payment workflows.
        const order = await placeOrder(api, c, shop, bob.headers, bob.customer.email, [{ variant_id: shop.variant_id, quantity: 3 }])
        expect(order.total).toBe(65)
        await capturePayment(c, order.payment_id, 65)
        const give = async (rule: any, source_id: string) =>
          ((await rewards().grant({ rule, customer_id: bob.customer.id, source_type: "referral", source_id, order_id: order.id, order_value: 65 })) as any).grant.id
        const g1 = await give(withMin, "ref_min")
        const g2 = await give(noMin, "ref_nomin")
        const refund = (amount: number) => refundPayment(c, order.payment_id, amount)
        const statuses = async () => [(await rewards().retrieveRewardGrant(g1)).status, (await rewards().retrieveRewardGrant(g2)).status]

        await refund(10) // 55 kept: at or above 50
        expect(await statuses()).toEqual(["held", "held"])
        await refund(10) // 45 kept: under the rule's minimum of 50
        expect(await statuses()).toEqual(["revoked", "held"])
        expect((await rewards().retrieveRewardGrant(g1)).status_reason).toBe("payment refunded")
        await emitAndWait(c, "payment.refunded", { id: order.payment_id }) // delivered again: nothing changes
        expect(await statuses()).toEqual(["revoked", "held"])
        await refund(45) // refunded in full: the rule without a minimum revokes too
        expect(await statuses()).toEqual(["revoked", "revoked"])
      })

      it("a review's reward is revoked when the reviewed purchase is cancelled or returned, not when another item is", async () => {
        await createRule({ ...reviewRule, hold_hours: 24 })
        const c = getContainer()
        const tee = await addShopProduct(c, shop, "Tee")
        const cap = await addShopProduct(c, shop, "Cap")
        const reviewAndApprove = async (buyer: any) => {
          const { data } = await api.post(
            "/store/social/reviews",
            { product_id: tee.id, rating: 4, title: "Nice tee", body: "Soft and it fits well." },
            { headers: buyer.headers }
          )
          await andWait(c, "social.review.approved", () => api.post(`/admin/social/reviews/${data.review.id}/approve`, {}, admin))
          const [grant] = await rewards().listRewardGrants({ source_id: data.review.id })
          return grant
        }
        // Verified buyers: each checks out over the store API.
        const buy = async (products: { variants: { id: string }[] }[]) => {
          const buyer = await createCustomerHeaders(api, pk)
          const items = products.map((p) => ({ variant_id: p.variants[0].id, quantity: 1 }))
          return { ...buyer, order: await placeOrder(api, c, shop, buyer.headers, buyer.customer.email, items) }
        }
        const ann = await buy([tee, cap])
        const grant = await reviewAndApprove(ann)
        expect(grant).toMatchObject({ status: "held", order_id: ann.order.id })

        // Shipped; the cap comes back first (the grant stays), then the reviewed tee (revoked).
        await fulfillOrder(c, shop, ann.order)
        const lineOf = (productId: string) => ({ id: ann.order.items.find((i) => i.product_id === productId)!.id, quantity: 1 })
        await returnItems(c, shop, ann.order.id, [lineOf(cap.id)])
        expect((await rewards().retrieveRewardGrant(grant.id)).status).toBe("held")
        await returnItems(c, shop, ann.order.id, [lineOf(tee.id)])
        expect(await rewards().retrieveRewardGrant(grant.id)).toMatchObject({ status: "revoked", status_reason: "return received" })

        const ben = await buy([tee])
        const other = await reviewAndApprove(ben)
        await cancelOrder(c, ben.order.id)
        expect(await rewards().retrieveRewardGrant(other.id)).toMatchObject({ status: "revoked", status_reason: "order canceled" })
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

        await placeOrder(api, getContainer(), shop, sock.headers, sock.customer.email)
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
