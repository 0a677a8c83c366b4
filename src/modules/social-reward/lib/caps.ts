export const CAP_PERIODS = ["day", "week", "month", "year", "all"] as const
export type CapPeriod = (typeof CAP_PERIODS)[number]

export type RuleCaps = {
  period: CapPeriod
  /** Grants per customer per period (null: no limit). */
  max_count: number | null
  /** Sum of grant values per customer per period, in the rule's currency (null: no limit). */
  max_value: number | null
  /** Sum of all grant values of the rule, ever (null: no budget). */
  budget: number | null
}

/** The start of the cap period that contains `now` (UTC; weeks start on Monday). */
export function periodStart(period: CapPeriod, now: Date): Date | null {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  switch (period) {
    case "day":
      return d
    case "week": {
      const dow = (d.getUTCDay() + 6) % 7
      d.setUTCDate(d.getUTCDate() - dow)
      return d
    }
    case "month":
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
    case "year":
      return new Date(Date.UTC(now.getUTCFullYear(), 0, 1))
    default:
      return null
  }
}

export type CapUsage = {
  /** Grants of this rule to this customer in the current period (revoked ones excluded). */
  customer_count: number
  customer_value: number
  /** Sum of the values of every live grant of this rule. */
  budget_spent: number
}

export type CapDecision = { ok: true } | { ok: false; cap: "max_count" | "max_value" | "budget"; detail: string }

/**
 * Whether one more grant of `value` fits the caps. A cap is a ceiling reached exactly: with
 * max_count 3, the third grant passes and the fourth does not.
 */
export function checkCaps(caps: RuleCaps, usage: CapUsage, value: number): CapDecision {
  if (caps.max_count != null && usage.customer_count + 1 > caps.max_count) {
    return { ok: false, cap: "max_count", detail: `${usage.customer_count} of ${caps.max_count} grants this ${caps.period}` }
  }
  if (caps.max_value != null && round2(usage.customer_value + value) > caps.max_value) {
    return {
      ok: false,
      cap: "max_value",
      detail: `${usage.customer_value} + ${value} would pass ${caps.max_value} this ${caps.period}`,
    }
  }
  if (caps.budget != null && round2(usage.budget_spent + value) > caps.budget) {
    return { ok: false, cap: "budget", detail: `${usage.budget_spent} + ${value} would pass the budget ${caps.budget}` }
  }
  return { ok: true }
}

/** Money sums in the currency's major unit; two decimals stop 0.1 + 0.2 from passing a cap. */
export function round2(n: number) {
  return Math.round(n * 100) / 100
}
