import { z } from "@medusajs/framework/zod"
import { AUTO_TRIGGERS } from "../../../../modules/social-publish/lib/auto-rules"
import { deletedResponse, offsetPage, timestamp } from "../../../openapi/common"

export const AdminAutoPostRule = z
  .object({
    id: z.string(),
    account_id: z.string(),
    trigger: z.enum(AUTO_TRIGGERS),
    template: z.string(),
    locale: z.string(),
    currency_code: z.string(),
    mode: z.enum(["draft", "scheduled"]),
    delay_minutes: z.number().int(),
    cooldown_hours: z.number().int(),
    min_drop_percent: z.number().int(),
    enabled: z.boolean(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .strict()

export const AdminAutoPostRuleResponse = z.object({ rule: AdminAutoPostRule }).strict()
export const AdminListAutoPostRulesResponse = z.object({ rules: z.array(AdminAutoPostRule), ...offsetPage }).strict()
export const AdminDeleteAutoPostRuleResponse = deletedResponse("social_auto_post_rule")
