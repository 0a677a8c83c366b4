import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { SOCIAL_REWARD_MODULE } from "../src/modules/social-reward"
import type SocialRewardModuleService from "../src/modules/social-reward/service"
import rewardReviewApproved from "../src/subscribers/social-reward-review-approved"

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { report, percentile } = require("./_report")

jest.setTimeout(30 * 60_000)

const N = Number(process.env.BENCH_REWARDS_N ?? 1000)
const DUPLICATES = 10
// Events in flight at once (a worker's subscriber concurrency); each carries its 10 duplicates.
const IN_FLIGHT = Number(process.env.BENCH_REWARDS_IN_FLIGHT ?? 4)

async function pool<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  let i = 0
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (i < items.length) {
        const item = items[i++]
        await fn(item)
      }
    })
  )
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    it("measures review approvals turned into issued promotions", async () => {
      const container = getContainer()
      const rewards = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
      const promotionModule = container.resolve(Modules.PROMOTION)
      const customerModule = container.resolve(Modules.CUSTOMER)
      const customers = await customerModule.createCustomers(
        Array.from({ length: N }, (_, i) => ({ email: `bench-${i}@example.com`, first_name: "B", last_name: String(i) }))
      )
      await rewards.createRule({
        name: "Bench review reward",
        status: "active",
        trigger: "review_approved",
        trigger_config: {},
        reward: { type: "fixed", value: 5, currency_code: "eur", expires_in_days: 30 },
        caps: { period: "month", max_count: null, max_value: null, budget: null },
        min_order_value: null,
        hold_hours: 0,
      })
      // A product per review: a review is rewarded once per customer and product.
      const deliver = (id: string, customerId: string) =>
        rewardReviewApproved({
          event: { name: "social.review.approved", data: { id, product_id: `prod_${id}`, customer_id: customerId, verified_purchase: true, has_media: false } },
          container,
          pluginOptions: {},
        } as any)

      // Baseline: Medusa's own promotion creation with the same shape, without the ledger.
      const baseN = Math.min(N, 300)
      let t = performance.now()
      await pool(Array.from({ length: baseN }, (_, i) => i), IN_FLIGHT, async (i) => {
        await promotionModule.createPromotions([
          {
            code: `BASE-${i}`,
            type: "standard",
            status: "active",
            limit: 1,
            application_method: { type: "fixed", target_type: "order", allocation: "across", value: 5, currency_code: "eur" },
            rules: [{ attribute: "customer.id", operator: "eq", values: [customers[i].id] }],
            campaign: { name: `base ${i}`, campaign_identifier: `base-${i}`, starts_at: new Date(), ends_at: new Date(Date.now() + 86400_000) },
          } as any,
        ])
      })
      const promotionsPerS = baseN / ((performance.now() - t) / 1000)

      // 1. Each approval delivered once.
      const latencies: number[] = []
      t = performance.now()
      await pool(customers.map((c, i) => ({ c, i })), IN_FLIGHT, async ({ c, i }) => {
        const s = performance.now()
        await deliver(`rev_single_${i}`, c.id)
        latencies.push(performance.now() - s)
      })
      const singleSeconds = (performance.now() - t) / 1000
      const issuedSingle = await rewards.listRewardGrants({ source_id: customers.map((_, i) => `rev_single_${i}`), status: "issued" }, { take: N + 1 })

      // 2. Each approval delivered 10 times at once.
      t = performance.now()
      await pool(customers.map((c, i) => ({ c, i })), IN_FLIGHT, async ({ c, i }) => {
        await Promise.all(Array.from({ length: DUPLICATES }, () => deliver(`rev_storm_${i}`, c.id)))
      })
      const stormSeconds = (performance.now() - t) / 1000
      const stormGrants = await rewards.listRewardGrants({ source_id: customers.map((_, i) => `rev_storm_${i}`) }, { take: N * DUPLICATES })
      const stormIssued = stormGrants.filter((g) => g.status === "issued")
      const rewardPromotions = (await promotionModule.listPromotions({}, { take: 100_000, select: ["id", "code"] })).filter((p) => p.code?.startsWith("RW-"))

      const grantsPerS = issuedSingle.length / singleSeconds
      report("rewards", {
        events: N,
        in_flight: IN_FLIGHT,
        grants_per_s: Math.round(grantsPerS * 10) / 10,
        issued: issuedSingle.length,
        latency_ms: { p50: Math.round(percentile(latencies, 50)), p95: Math.round(percentile(latencies, 95)), p99: Math.round(percentile(latencies, 99)) },
        storm: {
          deliveries: N * DUPLICATES,
          grants: stormGrants.length,
          issued: stormIssued.length,
          duplicate_grants: stormGrants.length - N,
          grants_per_s: Math.round((stormIssued.length / stormSeconds) * 10) / 10,
        },
        duplicate_grants: stormGrants.length - N,
        promotions_created: rewardPromotions.length,
        duplicate_promotions: rewardPromotions.length - issuedSingle.length - stormIssued.length,
        baseline: {
          what: "Promotion module createPromotions alone, same promotion shape, same concurrency",
          promotions_per_s: Math.round(promotionsPerS * 10) / 10,
          ratio_grants_to_promotions: Math.round((grantsPerS / promotionsPerS) * 100) / 100,
        },
      })
      expect(stormGrants.length).toBe(N)
    })
  },
})
