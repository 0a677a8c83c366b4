import { z } from "@medusajs/framework/zod"
import { CAP_PERIODS } from "./caps"

// The words live in a dependency-free file so that the admin dashboard can import them too.
import { ORDER_TRIGGERS, REWARD_TYPES, RULE_STATUSES, TRIGGERS, type RewardType, type RuleStatus, type Trigger } from "./vocabulary"
export { ORDER_TRIGGERS, REWARD_TYPES, RULE_STATUSES, TRIGGERS }
export type { RewardType, RuleStatus, Trigger }

/**
 * Words that mean "the reward depends on what the review says". A reward for a review must not
 * depend on its rating or on it being positive (US FTC, 16 CFR 465.4(c)); a field or a condition
 * naming one of these is refused with that reason instead of the generic "unknown field".
 */
const RATING_WORDS = /(rating|stars?|sentiment|positive|negative|score|favou?rable|review_?text|review_?body)/i

export const FTC_REASON =
  "a reward must not depend on the rating or on the review being positive (US FTC 16 CFR 465.4(c)); reward every approved review alike"

/**
 * The first field of a rule body that conditions the reward on the rating or the review's tone,
 * as "path: reason", or null. Looks at keys at any depth and at condition-like values
 * (`{ field: "rating" }`).
 */
export function ratingConditionProblem(body: unknown): string | null {
  const walk = (v: unknown, path: string[]): string | null => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const found = walk(v[i], [...path, String(i)])
        if (found) return found
      }
      return null
    }
    if (v && typeof v === "object") {
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        const here = [...path, k]
        if (RATING_WORDS.test(k)) {
          return `${here.join(".")}: ${FTC_REASON}`
        }
        if (["field", "attribute", "metric"].includes(k) && typeof child === "string" && RATING_WORDS.test(child)) {
          return `${here.join(".")}: ${FTC_REASON}`
        }
        const found = walk(child, here)
        if (found) return found
      }
    }
    return null
  }
  return walk(body, [])
}

const currency = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "must be a 3-letter ISO currency code")
  .transform((s) => s.toLowerCase())

export const rewardSchema = z
  .object({
    type: z.enum(REWARD_TYPES, { error: `must be one of ${REWARD_TYPES.join(", ")}` }),
    /** Percent off (1-100) for percentage, amount in the currency's major unit for fixed. */
    value: z.number().positive().max(1_000_000).optional(),
    currency_code: currency.optional(),
    /** Days the issued code stays usable. */
    expires_in_days: z.number().int().min(1).max(3650).default(30),
    /**
     * What a percentage or free-shipping reward is counted as against value caps and the budget
     * (its real cost is known only when used). Fixed rewards count their value.
     */
    cost_estimate: z.number().min(0).max(1_000_000).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.type !== "free_shipping" && r.value == null) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `is required for a ${r.type} reward` })
    }
    if (r.type === "percentage" && r.value != null && r.value > 100) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "must be at most 100 for a percentage" })
    }
    if (r.type === "fixed" && !r.currency_code) {
      ctx.addIssue({ code: "custom", path: ["currency_code"], message: "is required for a fixed reward" })
    }
  })

export const capsSchema = z
  .object({
    period: z.enum(CAP_PERIODS).default("month"),
    max_count: z.number().int().min(1).nullable().default(null),
    max_value: z.number().positive().nullable().default(null),
    budget: z.number().positive().nullable().default(null),
  })
  .strict()

export const triggerConfigSchema = z
  .object({
    /** share_visitors: distinct visitors (not bots, not the sharer) the link must reach. */
    visitors: z.number().int().min(1).max(100_000).optional(),
    /** share_visitors: within this many hours of the link's first click. */
    within_hours: z.number().int().min(1).max(24 * 365).optional(),
    /**
     * share_visitors: more devices (IP, user agent, cookie) than this from one network on the link
     * sends the grant to review (a visitor rotating cookies or user agents). Default 5.
     */
    max_devices_per_network: z.number().int().min(1).max(1000).optional(),
    /**
     * share_visitors: the share of the required visitors whose storefront page load was recorded
     * (a touch posted with the link's `sc` code); fewer sends the grant to review. Default 0.5;
     * 0 turns the check off (a storefront that posts no touches). Only checked when attribution
     * is on.
     */
    min_page_load_ratio: z.number().min(0).max(1).optional(),
    /** review triggers: only reviews of a verified purchase. */
    verified_purchase_only: z.boolean().optional(),
    /** Only these products (reviews, shares). */
    product_ids: z.array(z.string().min(1).max(100)).max(500).optional(),
  })
  .strict()

export const ruleFields = {
  name: z.string().trim().min(1).max(120),
  description: z.string().max(1000).nullable().optional(),
  status: z.enum(RULE_STATUSES, { error: `must be one of ${RULE_STATUSES.join(", ")}` }),
  trigger: z.enum(TRIGGERS, { error: `must be one of ${TRIGGERS.join(", ")}` }),
  trigger_config: triggerConfigSchema,
  reward: rewardSchema,
  caps: capsSchema,
  /** Order triggers: the order must be worth at least this (currency major unit). */
  min_order_value: z.number().min(0).nullable(),
  /** Hours a grant waits before it is issued; order triggers need at least the return window. */
  hold_hours: z.number().int().min(0).max(24 * 365),
}

export type RuleDefinition = {
  name: string
  description?: string | null
  status: RuleStatus
  trigger: Trigger
  trigger_config: z.infer<typeof triggerConfigSchema>
  reward: z.infer<typeof rewardSchema>
  caps: z.infer<typeof capsSchema>
  min_order_value: number | null
  hold_hours: number
}

/**
 * What one field cannot say alone: share_visitors needs its thresholds, an order trigger's hold
 * covers the return window. Returns "field: problem" or null.
 */
export function ruleProblem(rule: RuleDefinition, opts: { returnWindowDays: number }): string | null {
  const fromRating = ratingConditionProblem(rule)
  if (fromRating) {
    return fromRating
  }
  if (rule.trigger === "share_visitors") {
    if (!rule.trigger_config.visitors) return "trigger_config.visitors: is required for share_visitors"
    if (!rule.trigger_config.within_hours) return "trigger_config.within_hours: is required for share_visitors"
  } else if (
    rule.trigger_config.visitors != null ||
    rule.trigger_config.within_hours != null ||
    rule.trigger_config.max_devices_per_network != null ||
    rule.trigger_config.min_page_load_ratio != null
  ) {
    return `trigger_config.visitors: only applies to share_visitors`
  }
  if (ORDER_TRIGGERS.includes(rule.trigger) && rule.hold_hours < opts.returnWindowDays * 24) {
    return `hold_hours: must be at least the return window (${opts.returnWindowDays * 24} hours) for an order trigger`
  }
  if (!ORDER_TRIGGERS.includes(rule.trigger) && rule.min_order_value != null) {
    return "min_order_value: only applies to order triggers"
  }
  return null
}

/**
 * A share_visitors rule without a per-customer count cap gets this one: shares are paid by what a
 * link did, and a customer can make links without end (per product, network, locale), so an
 * uncapped rule would pay whoever can find visitors without end.
 */
export const SHARE_VISITORS_DEFAULT_MAX_COUNT = 10

/**
 * The caps a rule is held to: its own, with the share_visitors default count cap
 * (`SHARE_VISITORS_DEFAULT_MAX_COUNT` per cap period, a month unless the rule says otherwise)
 * when it has none.
 */
export function effectiveCaps<C extends { max_count: number | null }>(rule: { trigger: string; caps: C }): C {
  if (rule.trigger === "share_visitors" && rule.caps.max_count == null) {
    return { ...rule.caps, max_count: SHARE_VISITORS_DEFAULT_MAX_COUNT }
  }
  return rule.caps
}

/** What a grant of this rule counts as against value caps and the budget. */
export function grantValue(rule: Pick<RuleDefinition, "reward">, orderValue?: number | null): number {
  const r = rule.reward
  if (r.type === "fixed") {
    return r.value ?? 0
  }
  if (r.cost_estimate != null) {
    return r.cost_estimate
  }
  if (r.type === "percentage" && orderValue != null) {
    return Math.round(orderValue * (r.value ?? 0)) / 100
  }
  return 0
}

/**
 * After a refund, whether a grant paid on that order stays. What the customer kept of the order
 * (its total less everything refunded) decides, by the rule the grant was made with: the grant
 * stays while the kept value is still at or above the rule's `min_order_value`, or, when the rule
 * has none, while anything is kept at all. A full refund always revokes.
 */
export function refundKeepsGrant(minOrderValue: number | string | null | undefined, keptValue: number): boolean {
  if (!(keptValue > 0)) {
    return false
  }
  return minOrderValue == null || keptValue >= Number(minOrderValue)
}
