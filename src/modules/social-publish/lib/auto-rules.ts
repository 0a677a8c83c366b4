/**
 * Automatic posts: what a rule's trigger means, told from what the rule saw of a product before
 * and what it sees now. Medusa's events say that a product, a variant or a stock level changed,
 * never from what to what, so every decision compares two observations.
 */
import { PLACEHOLDERS, templatePlaceholders } from "./template"

export const AUTO_TRIGGERS = ["product_published", "back_in_stock", "sale_started", "price_dropped", "review_approved"] as const
export type AutoTrigger = (typeof AUTO_TRIGGERS)[number]

/** Placeholders a review rule may use besides the product's; filled before the post is composed. */
export const REVIEW_PLACEHOLDERS = ["review_quote", "review_author", "review_rating"] as const

/** What a rule sees of a product (or variant) in its market. */
export type Observation = { in_stock: boolean; amount: number | null; on_sale: boolean }

/** A product's price and stock as the display loader reads them (only what the rules need). */
export type Observed = { availability: "in stock" | "out of stock"; price: { amount: number; original_amount: number; on_sale: boolean } | null }

export function observe(display: Observed): Observation {
  return { in_stock: display.availability === "in stock", amount: display.price?.amount ?? null, on_sale: !!display.price?.on_sale }
}

/**
 * What a product is taken to have been when a rule has seen nothing else of it: in stock, at its
 * own price, not on sale. So the first sale a rule meets is a sale that started, and a product
 * first seen out of stock is remembered, to be posted when it comes back.
 */
export function usualState(display: Observed): Observation {
  return { in_stock: true, amount: display.price?.original_amount ?? null, on_sale: false }
}

export function sameObservation(a: Observation, b: Observation): boolean {
  return a.in_stock === b.in_stock && a.on_sale === b.on_sale && a.amount === b.amount
}

/** Whether going from `before` to `now` is the rule's trigger (the stateful ones). */
export function fires(trigger: AutoTrigger, before: Observation, now: Observation, minDropPercent = 0): boolean {
  switch (trigger) {
    case "back_in_stock":
      return !before.in_stock && now.in_stock
    case "sale_started":
      return !before.on_sale && now.on_sale
    case "price_dropped": {
      if (before.amount == null || now.amount == null) return false
      // Compared in hundredths (the prices' precision here), so 12.5 against 12.4999999 is no drop.
      const [was, is] = [Math.round(before.amount * 100), Math.round(now.amount * 100)]
      return is < was && is <= Math.round(before.amount * (1 - minDropPercent / 100) * 100)
    }
    default:
      return false
  }
}

/**
 * The idempotency key of an automatic post: the rule, the trigger, the product (and variant) and
 * which change of what the rule saw it answers (`seq`), or the review. The same event delivered
 * twice computes the same key, and posts have a unique index on it.
 */
export function dedupeKey(ruleId: string, trigger: AutoTrigger, subject: { product_id: string; variant_id?: string; seq?: number; review_id?: string }): string {
  if (trigger === "review_approved") return `${ruleId}:review:${subject.review_id}`
  if (trigger === "product_published") return `${ruleId}:published:${subject.product_id}`
  return `${ruleId}:${trigger}:${subject.product_id}:${subject.variant_id ?? ""}:${subject.seq ?? 0}`
}

/** The problem with a rule's template, or null: unknown placeholders, review ones outside review rules. */
export function ruleTemplateProblem(trigger: AutoTrigger, template: string): string | null {
  const { used, unknown } = templatePlaceholders(template)
  const review = new Set<string>(REVIEW_PLACEHOLDERS)
  const stillUnknown = unknown.filter((u) => !(trigger === "review_approved" && review.has(u)))
  if (stillUnknown.length) {
    const offered = [...PLACEHOLDERS, ...(trigger === "review_approved" ? REVIEW_PLACEHOLDERS : [])]
    return `unknown placeholder ${stillUnknown.map((u) => `{${u}}`).join(", ")} (use ${offered.map((p) => `{${p}}`).join(", ")})`
  }
  if (!used.length && !unknown.length) return "must use at least one placeholder (an automatic post is about its product)"
  return null
}

export type ReviewForPost = { title: string; body: string; rating: number; author_name: string | null }

/**
 * A review rule's template with the review put in: a short quote (the title, else the start of the
 * body), the author as shown with the review, and the stars. Braces in the customer's text are
 * turned into parentheses so that nothing they wrote can become a placeholder.
 */
export function fillReviewValues(template: string, review: ReviewForPost, maxQuote = 200): string {
  const safe = (s: string) => s.replace(/\{/g, "(").replace(/\}/g, ")")
  const source = (review.title?.trim() || review.body.trim()).replace(/\s+/g, " ")
  const quote = source.length <= maxQuote ? source : `${source.slice(0, maxQuote - 1).replace(/\s+\S*$/, "")}…`
  const values: Record<(typeof REVIEW_PLACEHOLDERS)[number], string> = {
    review_quote: `“${safe(quote)}”`,
    review_author: safe(review.author_name?.trim() || "a customer"),
    review_rating: "★".repeat(review.rating) + "☆".repeat(Math.max(0, 5 - review.rating)),
  }
  return template.replace(/\{(review_quote|review_author|review_rating)\}/g, (_, name: keyof typeof values) => values[name])
}
