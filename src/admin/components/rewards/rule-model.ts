import { splitList } from "../../lib/format"
import type { RewardRule } from "./types"

/** The rule form as text, numbers included, so an empty input means "not set". */
export type RuleFormState = {
  name: string
  description: string
  status: string
  trigger: string
  visitors: string
  within_hours: string
  verified_purchase_only: boolean
  product_ids: string
  reward_type: string
  reward_value: string
  reward_currency: string
  expires_in_days: string
  cost_estimate: string
  cap_period: string
  max_count: string
  max_value: string
  budget: string
  min_order_value: string
  hold_hours: string
}

const text = (n: number | null | undefined) => (n == null ? "" : String(n))
/** A number, or undefined for an empty input; text that is not a number is sent as is for the server to name. */
const num = (s: string): number | undefined => (s.trim() === "" ? undefined : Number.isNaN(Number(s)) ? (s as unknown as number) : Number(s))

export function toRuleForm(r: RewardRule | null): RuleFormState {
  return {
    name: r?.name ?? "",
    description: r?.description ?? "",
    status: r?.status ?? "draft",
    trigger: r?.trigger ?? "review_approved",
    visitors: text(r?.trigger_config.visitors),
    within_hours: text(r?.trigger_config.within_hours),
    verified_purchase_only: r?.trigger_config.verified_purchase_only ?? false,
    product_ids: (r?.trigger_config.product_ids ?? []).join(", "),
    reward_type: r?.reward.type ?? "percentage",
    reward_value: text(r?.reward.value),
    reward_currency: r?.reward.currency_code ?? "",
    expires_in_days: text(r?.reward.expires_in_days ?? 30),
    cost_estimate: text(r?.reward.cost_estimate),
    cap_period: r?.caps.period ?? "month",
    max_count: text(r?.caps.max_count),
    max_value: text(r?.caps.max_value),
    budget: text(r?.caps.budget),
    min_order_value: text(r?.min_order_value),
    hold_hours: text(r?.hold_hours ?? 0),
  }
}

const drop = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== "")) as Partial<T>

/** The whole definition: a create, or an update that replaces every field (a new version). */
export function toRuleBody(f: RuleFormState): Record<string, unknown> {
  const products = splitList(f.product_ids)
  return {
    name: f.name,
    description: f.description.trim() || null,
    status: f.status,
    trigger: f.trigger,
    trigger_config: drop({
      visitors: num(f.visitors),
      within_hours: num(f.within_hours),
      verified_purchase_only: f.verified_purchase_only || undefined,
      product_ids: products.length ? products : undefined,
    }),
    reward: drop({
      type: f.reward_type,
      value: num(f.reward_value),
      currency_code: f.reward_currency.trim() || undefined,
      expires_in_days: num(f.expires_in_days),
      cost_estimate: num(f.cost_estimate),
    }),
    caps: { period: f.cap_period, max_count: num(f.max_count) ?? null, max_value: num(f.max_value) ?? null, budget: num(f.budget) ?? null },
    min_order_value: num(f.min_order_value) ?? null,
    hold_hours: num(f.hold_hours) ?? 0,
  }
}
