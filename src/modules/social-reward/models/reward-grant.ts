import { model } from "@medusajs/framework/utils"
import { GRANT_STATUSES } from "../lib/vocabulary"

export { GRANT_STATUSES }

/**
 * One reward decision. `idempotency_key` is (rule, source, beneficiary): the same event delivered
 * twice finds the row the first delivery wrote instead of paying twice. `rule_snapshot` is the rule
 * as it was when granted. The value is what the grant counts against caps and the budget.
 */
export const RewardGrant = model
  .define("social_reward_grant", {
    id: model.id({ prefix: "srgrant" }).primaryKey(),
    idempotency_key: model.text(),
    rule_id: model.text(),
    rule_version: model.number(),
    rule_snapshot: model.json(),
    /** The beneficiary; null once that customer was deleted (the ledger row stays for the budget). */
    customer_id: model.text().nullable(),
    source_type: model.enum(["review", "share_link", "referral", "order"]),
    source_id: model.text(),
    /** The order whose cancel, return or refund revokes this grant (order triggers). */
    order_id: model.text().nullable(),
    status: model.enum([...GRANT_STATUSES]).default("held"),
    value: model.bigNumber(),
    currency_code: model.text().nullable(),
    hold_until: model.dateTime(),
    promotion_id: model.text().nullable(),
    code: model.text().nullable(),
    expires_at: model.dateTime().nullable(),
    issued_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    status_reason: model.text().nullable(),
    /** Set when a revoked grant's code had already been used: what the customer owes back. */
    clawback_value: model.bigNumber().nullable(),
    signals: model.json().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["customer_id", "rule_id", "created_at"] },
    { on: ["status", "hold_until"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    // The grants of a source (rewardedReviewIds: the ratings feed asks it for every page of reviews).
    { on: ["source_type", "source_id"] },
    { on: ["code"], unique: true, where: "code IS NOT NULL" },
  ])
