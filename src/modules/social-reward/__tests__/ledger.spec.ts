import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SOCIAL_REWARD_MODULE, type RuleDefinition, type StoredRule } from ".."
import { RewardRule, RewardRuleVersion } from "../models/reward-rule"
import { RewardGrant } from "../models/reward-grant"
import { Blocklist, Referral, ReferralCode, RiskSignal } from "../models/referral"
import type SocialRewardModuleService from "../service"

jest.setTimeout(60_000)

const definition: RuleDefinition = {
  name: "Review reward",
  status: "active",
  trigger: "review_approved",
  trigger_config: {},
  reward: { type: "fixed", value: 5, currency_code: "eur", expires_in_days: 30 },
  caps: { period: "month", max_count: null, max_value: null, budget: null },
  min_order_value: null,
  hold_hours: 0,
}

moduleIntegrationTestRunner<SocialRewardModuleService>({
  moduleName: SOCIAL_REWARD_MODULE,
  moduleModels: [RewardRule, RewardRuleVersion, RewardGrant, ReferralCode, Referral, RiskSignal, Blocklist],
  resolve: "./src/modules/social-reward",
  moduleOptions: {},
  testSuite: ({ service }) => {
    const makeRule = async (patch: Partial<RuleDefinition> = {}) =>
      (await service.createRule({ ...definition, ...patch })) as unknown as StoredRule

    it("writes one grant when the same event arrives 10 times at once", async () => {
      const rule = await makeRule()
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, () =>
          service.grant({ rule, customer_id: "cus_1", source_type: "review", source_id: "rev_1" })
        )
      )
      expect(outcomes.filter((o) => o.outcome === "created")).toHaveLength(1)
      expect(outcomes.filter((o) => o.outcome === "duplicate")).toHaveLength(9)
      const grants = await service.listRewardGrants({ customer_id: "cus_1" })
      expect(grants).toHaveLength(1)
      expect(grants[0]).toMatchObject({ status: "held", rule_version: 1, source_id: "rev_1" })
      expect((grants[0].rule_snapshot as any).reward.value).toBe(5)
    })

    it("stops at the count cap exactly, even under concurrent events", async () => {
      const rule = await makeRule({ caps: { period: "month", max_count: 2, max_value: null, budget: null } })
      const outcomes = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          service.grant({ rule, customer_id: "cus_2", source_type: "review", source_id: `rev_${i}` })
        )
      )
      expect(outcomes.filter((o) => o.outcome === "created")).toHaveLength(2)
      expect(outcomes.filter((o) => o.outcome === "capped").map((o: any) => o.cap.cap)).toEqual(Array(4).fill("max_count"))
      // Another customer has their own allowance.
      expect((await service.grant({ rule, customer_id: "cus_3", source_type: "review", source_id: "rev_x" })).outcome).toBe("created")
    })

    it("reaches a value cap exactly and refuses a cent more", async () => {
      const rule = await makeRule({ caps: { period: "month", max_count: null, max_value: 10, budget: null } })
      const g = (id: string) => service.grant({ rule, customer_id: "cus_4", source_type: "review", source_id: id })
      expect((await g("a")).outcome).toBe("created")
      expect((await g("b")).outcome).toBe("created")
      expect(await g("c")).toMatchObject({ outcome: "capped", cap: { cap: "max_value" } })
    })

    it("never overspends the global budget across customers at once", async () => {
      const rule = await makeRule({ caps: { period: "all", max_count: null, max_value: null, budget: 15 } })
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          service.grant({ rule, customer_id: `cus_b${i}`, source_type: "review", source_id: `rev_b${i}` })
        )
      )
      expect(outcomes.filter((o) => o.outcome === "created")).toHaveLength(3)
      expect(outcomes.filter((o) => o.outcome === "capped")).toHaveLength(5)
    })

    it("does not count revoked grants against the caps", async () => {
      const rule = await makeRule({ caps: { period: "month", max_count: 1, max_value: null, budget: null } })
      const first = await service.grant({ rule, customer_id: "cus_5", source_type: "review", source_id: "r1" })
      expect((await service.grant({ rule, customer_id: "cus_5", source_type: "review", source_id: "r2" })).outcome).toBe("capped")
      await service.updateRewardGrants({ id: (first as any).grant.id, status: "revoked" })
      expect((await service.grant({ rule, customer_id: "cus_5", source_type: "review", source_id: "r2" })).outcome).toBe("created")
    })

    it("sends a grant with fraud signals to review and versions rule changes", async () => {
      const rule = await makeRule({ trigger: "referral_friend", hold_hours: 720 })
      const out = await service.grant({ rule, customer_id: "cus_6", source_type: "referral", source_id: "ref_1", signals: ["same_ip_ua"] })
      expect((out as any).grant.status).toBe("needs_review")

      await service.updateRule(rule.id, { ...definition, trigger: "referral_friend", hold_hours: 720, name: "Renamed" })
      const versions = await service.listRewardRuleVersions({ rule_id: rule.id }, { order: { version: "ASC" } })
      expect(versions.map((v) => v.version)).toEqual([1, 2])
      expect((await service.retrieveRewardRule(rule.id)).version).toBe(2)
      const [grant] = await service.listRewardGrants({ source_id: "ref_1" })
      expect(grant.rule_version).toBe(1)
    })

    it("claims a due grant for issuing once", async () => {
      const rule = await makeRule()
      const { grant } = (await service.grant({ rule, customer_id: "cus_7", source_type: "review", source_id: "r" })) as any
      const claims = await Promise.all([service.claimForIssue(grant.id), service.claimForIssue(grant.id), service.claimForIssue(grant.id)])
      expect(claims.filter(Boolean)).toHaveLength(1)
    })

    it("expires issued grants past their expiry, and only those", async () => {
      const rule = await makeRule()
      const a = ((await service.grant({ rule, customer_id: "cus_9", source_type: "review", source_id: "e1" })) as any).grant
      const b = ((await service.grant({ rule, customer_id: "cus_9", source_type: "review", source_id: "e2" })) as any).grant
      await service.updateRewardGrants([
        { id: a.id, status: "issued", expires_at: new Date(Date.now() - 1000) },
        { id: b.id, status: "issued", expires_at: new Date(Date.now() + 86400_000) },
      ])
      expect(await service.expireIssuedGrants()).toBe(1)
      expect((await service.retrieveRewardGrant(a.id)).status).toBe("expired")
      expect((await service.retrieveRewardGrant(b.id)).status).toBe("issued")
    })

    it("gives each customer one stable referral code", async () => {
      const [a, b] = await Promise.all([service.getOrCreateReferralCode("cus_8", null), service.getOrCreateReferralCode("cus_8", "h")])
      expect(a.code).toBe(b.code)
      expect(a.code).toMatch(/^REF-[2-9A-Z]{4}-[2-9A-Z]{4}$/)
      expect(await service.listReferralCodes({ customer_id: "cus_8" })).toHaveLength(1)
    })
  },
})
