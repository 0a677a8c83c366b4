import { model } from "@medusajs/framework/utils"

/** A customer's referral code: one per customer, made on first request. */
export const ReferralCode = model
  .define("social_referral_code", {
    id: model.id({ prefix: "srcode" }).primaryKey(),
    customer_id: model.text(),
    code: model.text(),
    /** HMAC of the IP and user agent the referrer last asked for the code from. */
    ip_ua_hash: model.text().nullable(),
  })
  .indexes([
    { on: ["customer_id"], unique: true },
    { on: ["code"], unique: true },
  ])

/**
 * A friend's claim of a referral code. One per friend (a customer is referred once).
 * claimed -> (first order) qualified | needs_review -> rewarded | rejected.
 */
export const Referral = model
  .define("social_referral", {
    id: model.id({ prefix: "srref" }).primaryKey(),
    code: model.text(),
    /** Null once that customer was deleted (the referral stays, anonymised, for the other side). */
    referrer_customer_id: model.text().nullable(),
    friend_customer_id: model.text().nullable(),
    friend_email_normalized: model.text().nullable(),
    friend_ip_ua_hash: model.text().nullable(),
    status: model.enum(["claimed", "needs_review", "qualified", "rejected"]).default("claimed"),
    signals: model.json().nullable(),
    score: model.number().default(0),
    order_id: model.text().nullable(),
    review_note: model.text().nullable(),
  })
  .indexes([
    { on: ["friend_customer_id"], unique: true },
    { on: ["referrer_customer_id"] },
    { on: ["status"] },
  ])

/** Something a person should look at: fraud signals, a used code that was revoked. */
export const RiskSignal = model.define("social_risk_signal", {
  id: model.id({ prefix: "srrisk" }).primaryKey(),
  customer_id: model.text().nullable(),
  kind: model.text(),
  subject_type: model.text(),
  subject_id: model.text(),
  detail: model.json().nullable(),
})

/** Emails (normalised), customers, IP+UA hashes or addresses that never get paid automatically. */
export const Blocklist = model
  .define("social_reward_blocklist", {
    id: model.id({ prefix: "srblock" }).primaryKey(),
    kind: model.enum(["email", "customer", "ip_ua", "address"]),
    value: model.text(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["kind", "value"], unique: true, where: "deleted_at IS NULL" }])
