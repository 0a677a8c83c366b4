import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { joinerConfig, socialRewardModels } from "./joiner-config"
import { parsePluginOptions, type PluginOptions } from "../social-settings/options"
import { checkCaps, periodStart, round2, type CapDecision } from "./lib/caps"
import { grantValue, ruleProblem, type RuleDefinition } from "./lib/rule"
import { randomCode } from "./lib/code"
import type { Trigger } from "./lib/vocabulary"
import type { Blocklist as BlocklistSets } from "./lib/fraud"
import { signalsColumn, type RewardGrantRow } from "./types"

/** The module's shared context: MikroORM's SQL entity manager, for the raw queries below. */
type SqlContext = Context<SqlEntityManager>

export type StoredRule = RuleDefinition & { id: string; version: number }

export type GrantRequest = {
  rule: StoredRule
  customer_id: string
  source_type: "review" | "share_link" | "referral" | "order"
  source_id: string
  /**
   * What makes the grant unique in place of `source_id`, when the source can be remade: a review
   * is keyed by its product (`product:<id>`), so a review deleted and written again is the same
   * reward, not a second one.
   */
  dedupe_id?: string | null
  order_id?: string | null
  order_value?: number | null
  /** Fraud signals found by the caller: the grant then waits for a person. */
  signals?: string[] | null
  now?: Date
}

export type GrantOutcome =
  | { outcome: "created"; grant: RewardGrantRow }
  | { outcome: "duplicate"; grant: RewardGrantRow }
  | { outcome: "capped"; cap: Extract<CapDecision, { ok: false }> }

/**
 * The key that makes a grant happen once: (rule, source, beneficiary). For a review the source is
 * the reviewed product (see `reviewDedupeId`), never the review row, which its author can delete
 * and write again.
 */
export function grantKey(ruleId: string, sourceType: string, sourceId: string, customerId: string) {
  return `${ruleId}:${sourceType}:${sourceId}:${customerId}`
}

/** What a review grant is unique by: one reward per rule, customer and reviewed product. */
export function reviewDedupeId(productId: string) {
  return `product:${productId}`
}

/**
 * This service owns the reward rules, the grant ledger, referral codes and referrals, risk
 * signals and the blocklist. Grants are rows that are counted and summed for caps, never a
 * balance that is read and written back.
 */
export default class SocialRewardModuleService extends MedusaService(socialRewardModels) {
  protected readonly pluginOptions_: PluginOptions

  constructor(container: Record<string, unknown>, options: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.pluginOptions_ = parsePluginOptions(options)
  }

  /** Query reads the module's entities through this service's own method names (see joiner-config). */
  __joinerConfig() {
    return joinerConfig
  }

  getPluginOptions(): PluginOptions {
    return this.pluginOptions_
  }

  /** Throws a 400 naming the field when the rule is not allowed (FTC, return window...). */
  validateRule(rule: RuleDefinition) {
    const problem = ruleProblem(rule, { returnWindowDays: this.pluginOptions_.rewardReturnWindowDays })
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${problem}`)
    }
  }

  /** Creates a rule at version 1 and records that version. */
  @InjectTransactionManager()
  async createRule(def: RuleDefinition, @MedusaContext() sharedContext: SqlContext = {}) {
    this.validateRule(def)
    const rule = await this.createRewardRules({ ...def, version: 1 }, sharedContext)
    await this.createRewardRuleVersions({ rule_id: rule.id, version: 1, definition: def }, sharedContext)
    return rule
  }

  /** Applies a change as a new version; grants keep the version they were made with. */
  @InjectTransactionManager()
  async updateRule(id: string, def: RuleDefinition, @MedusaContext() sharedContext: SqlContext = {}) {
    this.validateRule(def)
    const manager = sharedContext.transactionManager!
    // Two admins saving at once must not write the same version number twice.
    const [row] = await manager.execute(`SELECT version FROM social_reward_rule WHERE id = ? AND deleted_at IS NULL FOR UPDATE`, [id])
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Reward rule ${id} was not found`)
    }
    const version = Number(row.version) + 1
    const rule = await this.updateRewardRules({ id, ...def, version }, sharedContext)
    await this.createRewardRuleVersions({ rule_id: id, version, definition: def }, sharedContext)
    return rule
  }

  /**
   * Writes a grant unless the same (rule, source, beneficiary) already has one or a cap says no.
   *
   * Concurrency: the customer's grants are serialised by a transaction-scoped advisory lock on the
   * customer id, taken first; a rule with a global budget then locks its rule row. Always in that
   * order, so two transactions never wait on each other crosswise. Under the lock the duplicate
   * check and the cap sums see every committed grant; the unique index on the key stays the last
   * guard.
   */
  @InjectTransactionManager()
  async grant(req: GrantRequest, @MedusaContext() sharedContext: SqlContext = {}): Promise<GrantOutcome> {
    const manager = sharedContext.transactionManager!
    const now = req.now ?? new Date()
    const key = grantKey(req.rule.id, req.source_type, req.dedupe_id ?? req.source_id, req.customer_id)
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 7))`, [`social_reward:${req.customer_id}`])

    const [existing] = await this.listRewardGrants({ idempotency_key: key }, { take: 1 }, sharedContext)
    if (existing) {
      return { outcome: "duplicate", grant: existing }
    }
    const caps = req.rule.caps
    if (caps.budget != null) {
      await manager.execute(`SELECT id FROM social_reward_rule WHERE id = ? FOR UPDATE`, [req.rule.id])
    }
    const value = grantValue(req.rule, req.order_value)
    const since = periodStart(caps.period, now)
    const [usage] = await manager.execute(
      `SELECT
         count(*) FILTER (WHERE customer_id = ? AND (?::timestamptz IS NULL OR created_at >= ?::timestamptz)) AS customer_count,
         coalesce(sum(value) FILTER (WHERE customer_id = ? AND (?::timestamptz IS NULL OR created_at >= ?::timestamptz)), 0) AS customer_value,
         coalesce(sum(value), 0) AS budget_spent
       FROM social_reward_grant
       WHERE rule_id = ? AND status <> 'revoked' AND deleted_at IS NULL`,
      [req.customer_id, since, since, req.customer_id, since, since, req.rule.id]
    )
    const decision = checkCaps(
      caps,
      {
        customer_count: Number(usage.customer_count),
        customer_value: Number(usage.customer_value),
        budget_spent: Number(usage.budget_spent),
      },
      value
    )
    if (!decision.ok) {
      return { outcome: "capped", cap: decision }
    }
    // Collect what the customer owes from revoked rewards whose code was already used (see
    // docs/rewards.md, "Clawback"): under the customer's lock, so two grants cannot both deduct
    // the same debt.
    const owed = await this.owedClawbacks_(manager, req.customer_id)
    let grantValueNow = value
    let deducted = 0
    const signals = [...(req.signals ?? [])]
    let reason: string | null = null
    if (req.rule.reward.type === "fixed") {
      const debt = owed.get((req.rule.reward.currency_code ?? "").toLowerCase()) ?? 0
      deducted = Math.min(debt, value)
      grantValueNow = round2(value - deducted)
      if (deducted > 0) reason = `${deducted} deducted for a clawback owed`
    } else if ([...owed.values()].some((v) => v > 0)) {
      // A percentage or free-shipping reward cannot be reduced by an amount: a person decides.
      signals.push("clawback_owed")
    }
    const { id: _id, ...snapshot } = req.rule
    const grant = await this.createRewardGrants(
      {
        idempotency_key: key,
        rule_id: req.rule.id,
        rule_version: req.rule.version,
        rule_snapshot: { id: req.rule.id, ...snapshot },
        customer_id: req.customer_id,
        source_type: req.source_type,
        source_id: req.source_id,
        order_id: req.order_id ?? null,
        // A reward fully absorbed by a debt is recorded (the debt went down by its value) but
        // never issued.
        status: grantValueNow <= 0 && deducted > 0 ? "revoked" : signals.length ? "needs_review" : "held",
        status_reason: reason,
        revoked_at: grantValueNow <= 0 && deducted > 0 ? now : null,
        signals: signalsColumn(signals),
        value: grantValueNow,
        currency_code: req.rule.reward.currency_code ?? null,
        hold_until: new Date(now.getTime() + req.rule.hold_hours * 3600_000),
      },
      sharedContext
    )
    if (deducted > 0) {
      await this.createRiskSignals(
        {
          customer_id: req.customer_id,
          kind: "clawback_collected",
          subject_type: "reward_grant",
          subject_id: grant.id,
          detail: { value: deducted, currency_code: req.rule.reward.currency_code ?? null },
        },
        sharedContext
      )
    }
    return { outcome: "created", grant }
  }

  /**
   * What a customer still owes per currency: the `clawback_owed` signals (written when a revoked
   * grant's code had been used) less the `clawback_collected` ones (deducted from later grants).
   * A ledger of signal rows, summed; never a balance written back.
   */
  protected async owedClawbacks_(manager: SqlEntityManager, customerId: string): Promise<Map<string, number>> {
    const rows = await manager.execute<Array<{ currency_code: string; owed: string }>>(
      `SELECT lower(coalesce(detail->>'currency_code', '')) AS currency_code,
              coalesce(sum(CASE WHEN kind = 'clawback_owed' THEN (detail->>'value')::numeric ELSE -(detail->>'value')::numeric END), 0) AS owed
         FROM social_risk_signal
        WHERE customer_id = ? AND kind IN ('clawback_owed', 'clawback_collected') AND deleted_at IS NULL
        GROUP BY 1`,
      [customerId]
    )
    return new Map(rows.map((r) => [r.currency_code, round2(Number(r.owed))] as [string, number]))
  }

  /**
   * Moves a due held grant to "issuing" and returns true, or false when another worker took it,
   * it is not due, or not held. The conditional UPDATE is the claim: two releases of one grant
   * cannot both issue a promotion.
   */
  @InjectTransactionManager()
  async claimForIssue(grantId: string, now: Date = new Date(), @MedusaContext() sharedContext: SqlContext = {}) {
    const manager = sharedContext.transactionManager!
    const rows = await manager.execute(
      `UPDATE social_reward_grant SET status = 'issuing', updated_at = now()
       WHERE id = ? AND status = 'held' AND hold_until <= ? AND customer_id IS NOT NULL AND deleted_at IS NULL RETURNING id`,
      [grantId, now]
    )
    return rows.length === 1
  }

  /**
   * Changes a grant only while its status is one of `from`, and returns the changed row, or null
   * when another path moved it first. Issuing and revoking both go through here: the row lock
   * makes the second of two concurrent transitions wait for the first and then see its status,
   * so a grant revoked while it is being issued stays revoked (and the issue undoes its
   * promotion), and a grant issued just before a revoke is revoked with its code deactivated.
   */
  @InjectTransactionManager()
  async transitionGrant(
    id: string,
    from: readonly string[],
    patch: Record<string, unknown>,
    @MedusaContext() sharedContext: SqlContext = {}
  ) {
    const manager = sharedContext.transactionManager!
    const [row] = await manager.execute(
      `SELECT status FROM social_reward_grant WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [id]
    )
    if (!row || !from.includes(row.status)) {
      return null
    }
    return this.updateRewardGrants({ ...patch, id }, sharedContext)
  }

  /**
   * The reviews among `reviewIds` that the ledger holds a grant for, whatever became of it (the
   * ratings feed's is_incentivized_review). One array parameter and no entity hydration: the feed
   * asks this for every page of 1,000 reviews.
   */
  @InjectManager()
  async rewardedReviewIds(reviewIds: string[], @MedusaContext() sharedContext: SqlContext = {}): Promise<Set<string>> {
    if (!reviewIds.length) return new Set()
    const manager = sharedContext.manager!
    const rows = (await manager
      .getKnex()("social_reward_grant")
      .distinct("source_id")
      .where("source_type", "review")
      .whereRaw("source_id = ANY(?::text[])", [reviewIds])
      .whereNull("deleted_at")) as { source_id: string }[]
    return new Set(rows.map((r) => r.source_id))
  }

  /**
   * Whether a rule of this trigger is active. The share-click subscriber asks before it starts the
   * grant workflow: it runs for every clicked link of every click batch (about one per click on a
   * store with many links), and a store without such a rule would run that workflow for nothing.
   */
  @InjectManager()
  async hasActiveRule(trigger: Trigger, @MedusaContext() sharedContext: SqlContext = {}): Promise<boolean> {
    const manager = sharedContext.manager!
    const rows = await manager.execute<unknown[]>(
      `SELECT 1 FROM social_reward_rule WHERE trigger = ? AND status = 'active' AND deleted_at IS NULL LIMIT 1`,
      [trigger]
    )
    return rows.length > 0
  }

  /** Held grants whose hold is over, by id after `afterId` (keyed pages). */
  @InjectManager()
  async listDueGrantIds(afterId: string | null, limit: number, now: Date = new Date(), @MedusaContext() sharedContext: SqlContext = {}) {
    const manager = sharedContext.manager!
    const rows = await manager.execute<Array<{ id: string }>>(
      `SELECT id FROM social_reward_grant
       WHERE status = 'held' AND hold_until <= ? AND deleted_at IS NULL AND (?::text IS NULL OR id > ?)
       ORDER BY id LIMIT ?`,
      [now, afterId, afterId, limit]
    )
    return rows.map((r) => r.id)
  }

  /**
   * Marks issued grants whose code passed its expiry as expired (the promotion's campaign has
   * ended, so Medusa already refuses the code). Returns how many changed.
   */
  @InjectTransactionManager()
  async expireIssuedGrants(now: Date = new Date(), @MedusaContext() sharedContext: SqlContext = {}) {
    const manager = sharedContext.transactionManager!
    const rows = await manager.execute(
      `UPDATE social_reward_grant SET status = 'expired', updated_at = now()
       WHERE status = 'issued' AND expires_at < ? AND deleted_at IS NULL RETURNING id`,
      [now]
    )
    return rows.length as number
  }

  /** The customer's referral code, made on first request. */
  @InjectTransactionManager()
  async getOrCreateReferralCode(customerId: string, ipUaHash: string | null, @MedusaContext() sharedContext: SqlContext = {}) {
    const manager = sharedContext.transactionManager!
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 7))`, [`social_referral:${customerId}`])
    const [existing] = await this.listReferralCodes({ customer_id: customerId }, { take: 1 }, sharedContext)
    if (existing) {
      if (ipUaHash && existing.ip_ua_hash !== ipUaHash) {
        await this.updateReferralCodes({ id: existing.id, ip_ua_hash: ipUaHash }, sharedContext)
      }
      return existing
    }
    return this.createReferralCodes({ customer_id: customerId, code: randomCode("REF"), ip_ua_hash: ipUaHash }, sharedContext)
  }

  @InjectManager()
  async loadBlocklist(@MedusaContext() sharedContext: SqlContext = {}): Promise<BlocklistSets> {
    const rows = await this.listBlocklists({}, { take: 10_000 }, sharedContext)
    const sets: BlocklistSets = { emails: new Set(), customers: new Set(), ip_ua: new Set(), addresses: new Set() }
    for (const r of rows) {
      const target = r.kind === "email" ? sets.emails : r.kind === "customer" ? sets.customers : r.kind === "ip_ua" ? sets.ip_ua : sets.addresses
      target.add(r.value)
    }
    return sets
  }

  /**
   * Erasure of a deleted customer (GDPR art. 17). Their referral code goes; referrals keep their
   * status for the other side but lose this customer's id, normalised email and IP+UA hash;
   * grants not paid out yet are revoked (nobody is left to pay: one being issued then deletes its
   * promotion, see `transitionGrant`); every grant and risk signal loses the customer id (the
   * ledger rows stay, so budgets and reports keep their sums); a blocklist entry naming the
   * customer id goes (an id of a deleted customer blocks nobody; email and address entries are
   * kept as fraud prevention, a legitimate interest). Idempotent. Returns the counts.
   */
  @InjectTransactionManager()
  async eraseCustomer(customerId: string, @MedusaContext() sharedContext: SqlContext = {}) {
    const manager = sharedContext.transactionManager!
    const run = async (sql: string, params: unknown[]) => ((await manager.execute(sql, params)) as unknown[]).length
    const codes = await run(`DELETE FROM social_referral_code WHERE customer_id = ? RETURNING id`, [customerId])
    const friend = await run(
      `UPDATE social_referral SET friend_customer_id = NULL, friend_email_normalized = NULL, friend_ip_ua_hash = NULL, updated_at = now()
       WHERE friend_customer_id = ? RETURNING id`,
      [customerId]
    )
    const referrer = await run(
      `UPDATE social_referral SET referrer_customer_id = NULL, updated_at = now() WHERE referrer_customer_id = ? RETURNING id`,
      [customerId]
    )
    const revoked = await run(
      `UPDATE social_reward_grant SET status = 'revoked', revoked_at = now(), status_reason = 'customer deleted', updated_at = now()
       WHERE customer_id = ? AND status IN ('held', 'needs_review', 'issuing') RETURNING id`,
      [customerId]
    )
    const grants = await run(`UPDATE social_reward_grant SET customer_id = NULL, updated_at = now() WHERE customer_id = ? RETURNING id`, [customerId])
    await run(`UPDATE social_risk_signal SET customer_id = NULL, updated_at = now() WHERE customer_id = ? RETURNING id`, [customerId])
    await run(`DELETE FROM social_reward_blocklist WHERE kind = 'customer' AND value = ? RETURNING id`, [customerId])
    return { referral_codes: codes, referrals: friend + referrer, grants, grants_revoked: revoked }
  }

  /**
   * Retention: deletes referrals that were decided (qualified, rejected) or never used (claimed)
   * and last changed before `before`, in batches. Referrals waiting for review stay until a
   * person decides. Grants keep the referral id as their source (an id, nothing personal).
   */
  @InjectManager()
  async purgeReferralsBefore(before: Date, @MedusaContext() sharedContext: SqlContext = {}) {
    const manager = sharedContext.manager!
    let total = 0
    for (;;) {
      const rows = (await manager.execute(
        `DELETE FROM social_referral WHERE id IN (
           SELECT id FROM social_referral WHERE status IN ('qualified', 'rejected', 'claimed') AND updated_at < ? LIMIT 5000)
         RETURNING id`,
        [before]
      )) as unknown[]
      total += rows.length
      if (rows.length < 5000) return total
    }
  }

  /**
   * The overview's reward figures per currency: the value issued in [from, to) (by `issued_at`)
   * and the value of those codes redeemed so far, and the grants waiting for a person now.
   */
  @InjectManager()
  async overviewFigures(range: { from: Date; to: Date }, @MedusaContext() sharedContext: SqlContext = {}) {
    const manager = sharedContext.manager!
    const rows: Array<Record<string, string | null>> = await manager.execute(
      `SELECT lower(coalesce(currency_code, '')) AS currency_code,
              count(*) AS issued, coalesce(sum(value), 0) AS issued_value,
              count(*) FILTER (WHERE status = 'redeemed') AS redeemed,
              coalesce(sum(value) FILTER (WHERE status = 'redeemed'), 0) AS redeemed_value
         FROM social_reward_grant
        WHERE issued_at >= ? AND issued_at < ? AND deleted_at IS NULL
        GROUP BY 1 ORDER BY 1`,
      [range.from, range.to]
    )
    const [waiting] = await manager.execute(
      `SELECT count(*) AS n FROM social_reward_grant WHERE status = 'needs_review' AND deleted_at IS NULL`
    )
    return {
      by_currency: rows.map((r) => ({
        currency_code: r.currency_code || null,
        issued: Number(r.issued),
        issued_value: Number(r.issued_value),
        redeemed: Number(r.redeemed),
        redeemed_value: Number(r.redeemed_value),
      })),
      needs_review: Number(waiting?.n ?? 0),
    }
  }
}
