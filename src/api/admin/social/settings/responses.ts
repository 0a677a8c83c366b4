import { z } from "@medusajs/framework/zod"
import { nullableTimestamp } from "../../../openapi/common"

export const AdminSocialSettings = z
  .object({
    storefront_url: z.string(),
    product_url_template: z.string(),
    allowed_redirect_origins: z.array(z.string()),
    brand_name: z.string(),
    brand_colors: z.object({ primary: z.string(), accent: z.string(), background: z.string(), text: z.string() }).strict(),
    logo_file_id: z.string().nullable(),
    logo_url: z.string().nullable(),
    enabled_networks: z.array(z.string()),
    features: z.record(z.string(), z.boolean()),
    review_auto_approve: z.boolean(),
    review_allow_unverified: z.boolean(),
    inbox_alert_words: z.array(z.string()),
    inbox_unanswered_hours: z.number().int(),
    updated_at: nullableTimestamp,
  })
  .strict()

export const AdminSettingsResponse = z.object({ settings: AdminSocialSettings }).strict()
