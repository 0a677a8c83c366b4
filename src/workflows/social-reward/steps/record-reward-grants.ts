import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewDedupeId, SOCIAL_REWARD_MODULE, type StoredRule, type Trigger } from "../../../modules/social-reward"
import type SocialRewardModuleService from "../../../modules/social-reward/service"
import { shareReach, type ShareTimeline } from "../../../modules/social-reward/lib/share-reach"
import { shareSignalsOf, shareTimelineOf } from "../share-ledger"
import { effectiveCaps } from "../../../modules/social-reward/lib/rule"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"

/** Whether attribution (and so the storefront's touches) is on: the page-load signal needs it. */
async function attributionOn(container: { resolve<T>(key: string): T }) {
  const settings = await container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getEffectiveSettings()
  return settings.features.attribution !== false
}

export type RecordRewardGrantsInput = {
  /** The triggers this event can satisfy (a review with a photo satisfies both review triggers). */
  triggers: Trigger[]
  customer_id: string | null
  source_type: "review" | "share_link" | "referral" | "order"
  source_id: string
  order_id?: string | null
  order_value?: number | null
  product_id?: string | null
  verified_purchase?: boolean
  signals?: string[] | null
  /**
   * share_visitors: the link's timeline from the share ledger. Read by the step when not given
   * (source_id is then the share link id).
   */
  share_timeline?: ShareTimeline
}

export type RecordRewardGrantsOutput = {
  created: { id: string; customer_id: string; rule_id: string; status: string; hold_until: Date | string }[]
  duplicates: string[]
  capped: { rule_id: string; cap: string; detail: string }[]
  skipped: { rule_id: string; reason: string }[]
}

/** Whether the event meets the rule's own conditions (never the review's content). */
export function ruleApplies(rule: StoredRule, input: RecordRewardGrantsInput): string | null {
  const cfg = rule.trigger_config ?? {}
  if (cfg.product_ids?.length && (!input.product_id || !cfg.product_ids.includes(input.product_id))) {
    return "product not in the rule"
  }
  if (cfg.verified_purchase_only && !input.verified_purchase) {
    return "not a verified purchase"
  }
  if (rule.trigger === "share_visitors") {
    const reach = shareReach(input.share_timeline ?? { first_click_at: null, batches: [] }, cfg.visitors ?? Infinity, cfg.within_hours ?? 0)
    if (!reach.ok) {
      return reach.reason
    }
  }
  if (rule.min_order_value != null && (input.order_value ?? 0) < Number(rule.min_order_value)) {
    return `order below ${rule.min_order_value}`
  }
  return null
}

/**
 * This step evaluates the active rules of the given triggers for one event and writes a grant per
 * rule that applies and fits its caps. A second delivery of the event finds the grants the first
 * wrote (idempotency key) and writes nothing. Its compensation deletes the grants it created.
 */
export const recordRewardGrantsStep = createStep(
  "record-reward-grants",
  async (input: RecordRewardGrantsInput, { container }) => {
    const out: RecordRewardGrantsOutput = { created: [], duplicates: [], capped: [], skipped: [] }
    if (!input.customer_id || !input.triggers.length) {
      return new StepResponse(out, [] as string[])
    }
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    const rules = (await service.listRewardRules(
      { trigger: input.triggers, status: "active" },
      { order: { id: "ASC" }, take: 100 }
    )) as unknown as StoredRule[]
    const shareRules = rules.filter((r) => r.trigger === "share_visitors")
    let facts = input
    if (shareRules.length && !input.share_timeline) {
      // Decided from the share ledger, not from the event: the simulation replays the same rows.
      const most = Math.max(...shareRules.map((r) => r.trigger_config?.visitors ?? 1))
      facts = { ...input, share_timeline: await shareTimelineOf(container, input.source_id, most) }
    }
    for (const rule of rules) {
      const reason = ruleApplies(rule, facts)
      if (reason) {
        out.skipped.push({ rule_id: rule.id, reason })
        continue
      }
      const signals =
        rule.trigger === "share_visitors"
          ? [...(input.signals ?? []), ...(await shareSignalsOf(container, input.source_id, rule.trigger_config ?? {}, await attributionOn(container)))]
          : input.signals
      const result = await service.grant({
        rule: {
          ...rule,
          caps: effectiveCaps(rule),
          min_order_value: rule.min_order_value == null ? null : Number(rule.min_order_value),
        },
        customer_id: input.customer_id,
        source_type: input.source_type,
        source_id: input.source_id,
        // A review is rewarded once per product: deleting it and posting again finds this key.
        dedupe_id: input.source_type === "review" && input.product_id ? reviewDedupeId(input.product_id) : null,
        order_id: input.order_id,
        order_value: input.order_value,
        signals: signals?.length ? signals : null,
      })
      if (result.outcome === "created") {
        const g = result.grant
        out.created.push({ id: g.id, customer_id: input.customer_id, rule_id: g.rule_id, status: g.status, hold_until: g.hold_until })
      } else if (result.outcome === "duplicate") {
        out.duplicates.push(result.grant.id)
      } else {
        out.capped.push({ rule_id: rule.id, cap: result.cap.cap, detail: result.cap.detail })
      }
    }
    return new StepResponse(out, out.created.map((g) => g.id))
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service = container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE)
    // The clawback a deleted grant collected is owed again.
    const collected = await service.listRiskSignals({ kind: "clawback_collected", subject_id: createdIds })
    if (collected.length) {
      await service.deleteRiskSignals(collected.map((s) => s.id))
    }
    await service.deleteRewardGrants(createdIds)
  }
)
