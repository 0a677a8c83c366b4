import { z } from "@medusajs/framework/zod"
import { AUTO_TRIGGERS, ruleTemplateProblem } from "../../../../modules/social-publish/lib/auto-rules"

const fields = {
  template: z.string().trim().min(1).max(10_000),
  mode: z.enum(["draft", "scheduled"], { error: "must be draft (an admin approves) or scheduled (goes out by itself)" }),
  delay_minutes: z.number().int().min(1).max(7 * 24 * 60),
  cooldown_hours: z.number().int().min(0).max(24 * 365),
  min_drop_percent: z.number().int().min(0).max(90),
  enabled: z.boolean(),
}

/**
 * A rule: on which account and market, on what, with which template, as a draft or scheduled.
 * The template may use the post placeholders, and a review rule also `{review_quote}`,
 * `{review_author}` and `{review_rating}`.
 */
export const AdminCreateAutoPostRule = z
  .object({
    account_id: z.string().trim().min(1).max(64),
    trigger: z.enum(AUTO_TRIGGERS, { error: `must be one of ${AUTO_TRIGGERS.join(", ")}` }),
    locale: z.string().trim().min(2).max(35).optional(),
    currency_code: z.string().trim().regex(/^[a-zA-Z]{3}$/, "must be a 3-letter currency code").optional(),
    template: fields.template,
    mode: fields.mode.default("draft"),
    delay_minutes: fields.delay_minutes.default(10),
    cooldown_hours: fields.cooldown_hours.default(72),
    min_drop_percent: fields.min_drop_percent.optional(),
    enabled: fields.enabled.default(true),
  })
  .strict()
  .superRefine((body, ctx) => {
    const problem = ruleTemplateProblem(body.trigger, body.template)
    if (problem) ctx.addIssue({ code: "custom", path: ["template"], message: problem })
    if (body.min_drop_percent !== undefined && body.trigger !== "price_dropped") {
      ctx.addIssue({ code: "custom", path: ["min_drop_percent"], message: "is only for price_dropped rules" })
    }
  })
export type AdminCreateAutoPostRuleType = z.infer<typeof AdminCreateAutoPostRule>

/** An edit: the account, trigger and market stay (make another rule for another). */
export const AdminUpdateAutoPostRule = z
  .object({
    template: fields.template.optional(),
    mode: fields.mode.optional(),
    delay_minutes: fields.delay_minutes.optional(),
    cooldown_hours: fields.cooldown_hours.optional(),
    min_drop_percent: fields.min_drop_percent.optional(),
    enabled: fields.enabled.optional(),
  })
  .strict()
export type AdminUpdateAutoPostRuleType = z.infer<typeof AdminUpdateAutoPostRule>

export const AdminListAutoPostRules = z
  .object({
    account_id: z.string().trim().min(1).max(64).optional(),
    trigger: z.enum(AUTO_TRIGGERS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListAutoPostRulesType = z.infer<typeof AdminListAutoPostRules>
