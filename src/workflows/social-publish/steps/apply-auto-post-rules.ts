import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadProductDisplays, type ProductDisplay } from "../../../lib/product-display"
import { resolveMarket } from "../../../lib/market"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { SOCIAL_PUBLISH_MODULE } from "../../../modules/social-publish"
import type SocialPublishModuleService from "../../../modules/social-publish/service"
import { dedupeKey, fillReviewValues, fires, observe, sameObservation, usualState, type AutoTrigger } from "../../../modules/social-publish/lib/auto-rules"
import { createSocialPostWorkflow } from "../workflows/create-social-post"

/** What happened, as the subscriber heard it. */
export type AutoPostEventInput =
  | { kind: "product"; product_ids: string[] }
  | { kind: "stock"; variant_ids?: string[]; inventory_item_ids?: string[]; inventory_level_ids?: string[] }
  | { kind: "prices"; product_ids: string[] }
  | { kind: "review"; review_id: string }

const TRIGGERS_OF: Record<AutoPostEventInput["kind"], AutoTrigger[]> = {
  product: ["product_published"],
  stock: ["back_in_stock"],
  prices: ["sale_started", "price_dropped"],
  review: ["review_approved"],
}

export type AutoPostOutcome = {
  rule_id: string
  product_id: string
  variant_id: string | null
  /** posted: a post was made; the others say why not. */
  result: "posted" | "duplicate" | "cooldown" | "unpublished" | "out_of_stock" | "refused"
  post_id?: string
  message?: string
}

type Rule = Awaited<ReturnType<SocialPublishModuleService["listSocialPublishAutoRules"]>>[number]
type Subject = { product_id: string; variant_id: string; review?: { id: string; title: string; body: string; rating: number; author_name: string | null } }

/** The products (and for stock, the variants) an event is about. */
async function subjectsOf(container: MedusaContainer, input: AutoPostEventInput): Promise<Subject[]> {
  if (input.kind === "product" || input.kind === "prices") {
    return [...new Set(input.product_ids)].map((product_id) => ({ product_id, variant_id: "" }))
  }
  if (input.kind === "review") {
    if (!container.hasRegistration(PRODUCT_REVIEW_MODULE)) return []
    const [review] = await container
      .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
      .listProductReviews({ id: input.review_id }, { select: ["id", "product_id", "status", "social_consent", "title", "body", "rating", "author_name"] })
    // Only with the reviewer's consent, and only while the review is approved.
    if (!review || review.status !== "approved" || !review.social_consent) return []
    return [{ product_id: review.product_id, variant_id: "", review }]
  }
  // Stock: levels and items lead to the variants they stock.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const itemIds = new Set(input.inventory_item_ids ?? [])
  if (input.inventory_level_ids?.length) {
    const { data } = await query.graph({ entity: "inventory_level", fields: ["inventory_item_id"], filters: { id: input.inventory_level_ids } })
    data.forEach((l: { inventory_item_id: string }) => itemIds.add(l.inventory_item_id))
  }
  const variants = new Map<string, string>()
  if (itemIds.size) {
    const { data } = await query.graph({ entity: "inventory_item", fields: ["variants.id", "variants.product_id"], filters: { id: [...itemIds] } })
    data.forEach((i: { variants?: Array<{ id: string; product_id: string } | null> }) => (i.variants ?? []).forEach((v) => v?.product_id && variants.set(v.id, v.product_id)))
  }
  const unknown = (input.variant_ids ?? []).filter((id) => !variants.has(id))
  if (unknown.length) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: unknown } })
    data.forEach((v: { id: string; product_id: string }) => variants.set(v.id, v.product_id))
  }
  return [...variants].map(([variant_id, product_id]) => ({ product_id, variant_id }))
}

/** Each subject as the rule's market sees it (one query for products, one per variant for stock). */
async function displaysFor(container: MedusaContainer, rule: Rule, subjects: Subject[]): Promise<Map<Subject, ProductDisplay>> {
  const market = await resolveMarket(container, rule.currency_code, rule.locale || undefined)
  const out = new Map<Subject, ProductDisplay>()
  const whole = subjects.filter((s) => !s.variant_id)
  if (whole.length) {
    const displays = await loadProductDisplays(container, { ids: whole.map((s) => s.product_id), currency_code: rule.currency_code, market })
    const byId = new Map(displays.map((d) => [d.id, d]))
    whole.forEach((s) => byId.has(s.product_id) && out.set(s, byId.get(s.product_id)!))
  }
  for (const s of subjects.filter((s) => s.variant_id)) {
    const [d] = await loadProductDisplays(container, { ids: [s.product_id], variant_id: s.variant_id, currency_code: rule.currency_code, market })
    if (d?.variant?.id === s.variant_id) out.set(s, d)
  }
  return out
}

/** Runs `fn` under a lock per account and product (two events at once make one post, cool-down holds). */
function underLock<T>(container: MedusaContainer, key: string, fn: () => Promise<T>): Promise<T> {
  if (!container.hasRegistration(Modules.LOCKING)) return fn()
  return container.resolve(Modules.LOCKING).execute(`social-auto-post:${key}`, fn, { timeout: 10 })
}

/** Makes the post unless the product is not fit, waits out its cool-down, or this change was posted. */
async function post(container: MedusaContainer, rule: Rule, subject: Subject, display: ProductDisplay, key: string): Promise<AutoPostOutcome> {
  const base = { rule_id: rule.id, product_id: subject.product_id, variant_id: subject.variant_id || null }
  // Never an unpublished product, never one the post's market cannot buy (the shown variant).
  if (display.status !== "published") return { ...base, result: "unpublished" }
  if (display.availability !== "in stock") return { ...base, result: "out_of_stock" }
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  return underLock(container, `${rule.account_id}:${subject.product_id}`, async () => {
    const [existing] = await service.listSocialPublishPosts({ dedupe_key: key }, { select: ["id"], take: 1, withDeleted: true })
    if (existing) return { ...base, result: "duplicate" as const, post_id: existing.id }
    if (await service.hasPostSince(rule.account_id, subject.product_id, new Date(Date.now() - rule.cooldown_hours * 3_600_000))) {
      return { ...base, result: "cooldown" as const }
    }
    const { result, errors } = await createSocialPostWorkflow(container).run({
      input: {
        account_id: rule.account_id,
        product_id: subject.product_id,
        variant_id: subject.variant_id || null,
        template: subject.review ? fillReviewValues(rule.template, subject.review) : rule.template,
        locale: rule.locale,
        currency_code: rule.currency_code,
        status: rule.mode,
        scheduled_at: rule.mode === "scheduled" ? new Date(Date.now() + Math.max(1, rule.delay_minutes) * 60_000) : null,
        origin: rule.id,
        dedupe_key: key,
      },
      throwOnError: false,
    })
    const error = errors[0]?.error
    if (!error) return { ...base, result: "posted" as const, post_id: result.id }
    // Another delivery of the same event won the unique key meanwhile (another process).
    if (/unique|duplicate/i.test(String(error.message))) return { ...base, result: "duplicate" as const }
    return { ...base, result: "refused" as const, message: String(error.message) }
  })
}

/**
 * This step applies the enabled rules an event concerns: for each product (or variant) it
 * compares what the rule saw before with what it sees now in the rule's market, makes the post
 * when that is the rule's trigger (through the post workflow: template, market price, tracked
 * link, network limits), and then remembers what it saw. A post carries a dedupe key with a
 * unique index and the remembered state is written conditionally, so an event delivered twice
 * makes one post. Nothing to compensate: each post is made by its own workflow, whole or not at all.
 */
export const applyAutoPostRulesStep = createStep("apply-social-auto-post-rules", async (input: AutoPostEventInput, { container }) => {
  const service = container.resolve<SocialPublishModuleService>(SOCIAL_PUBLISH_MODULE)
  // The common case, most product edits of a shop without rules: one indexed query, nothing else.
  const enabled = await service.listSocialPublishAutoRules({ trigger: TRIGGERS_OF[input.kind], enabled: true })
  if (!enabled.length) return new StepResponse([] as AutoPostOutcome[])
  // A disconnected (deleted) account's rules rest.
  const live = new Set((await service.listSocialPublishAccounts({ id: [...new Set(enabled.map((r) => r.account_id))] }, { select: ["id"] })).map((a) => a.id))
  const rules = enabled.filter((r) => live.has(r.account_id))
  const subjects = await subjectsOf(container, input)
  if (!subjects.length) return new StepResponse([] as AutoPostOutcome[])
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const outcomes: AutoPostOutcome[] = []
  // Oldest rule first: the cool-down then favours the rule the merchant made first.
  for (const rule of [...rules].sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at))) {
    const displays = await displaysFor(container, rule, subjects)
    const watches = await service.listAutoWatches(rule.id, subjects)
    for (const subject of subjects) {
      const display = displays.get(subject)
      if (!display) continue
      let key: string | null = null
      if (rule.trigger === "product_published") {
        // A product made before the rule is not news: enabling a rule does not announce the catalogue.
        if (display.status === "published" && display.created_at >= new Date(rule.created_at)) key = dedupeKey(rule.id, rule.trigger, subject)
      } else if (rule.trigger === "review_approved") {
        key = dedupeKey(rule.id, rule.trigger, { product_id: subject.product_id, review_id: subject.review!.id })
      } else {
        const watch = watches.get(`${subject.product_id}:${subject.variant_id}`)
        const before = watch ?? usualState(display)
        const now = observe(display)
        if (fires(rule.trigger, before, now, rule.min_drop_percent)) key = dedupeKey(rule.id, rule.trigger, { ...subject, seq: watch?.seq ?? 0 })
        if (key) outcomes.push(await post(container, rule, subject, display, key))
        // Remembered after the post: a crash in between leaves the change to be seen again, and its key finds the post.
        if (!sameObservation(before, now)) await service.saveAutoWatch({ rule_id: rule.id, product_id: subject.product_id, variant_id: subject.variant_id, ...now, seq: watch?.seq ?? 0 })
        continue
      }
      if (key) outcomes.push(await post(container, rule, subject, display, key))
    }
  }
  for (const o of outcomes.filter((o) => o.result === "refused")) {
    logger.warn(`[social] automatic post of ${o.product_id} by rule ${o.rule_id} not made: ${o.message}`)
  }
  return new StepResponse(outcomes)
})
