import { z } from "@medusajs/framework/zod"
import { brandColorsSchema } from "../../../../modules/social-settings/options"
import { FEATURES, NETWORKS } from "../../../../modules/social-settings/lib/vocabulary"

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" }).max(2048)

/** A null value resets the field to the plugin option given in medusa-config. */
export const AdminUpdateSocialSettings = z
  .object({
    storefront_url: httpUrl.nullable(),
    product_url_template: z.string().trim().min(1).max(500).nullable(),
    allowed_redirect_origins: z.array(httpUrl).max(20).nullable(),
    brand_name: z.string().trim().min(1).max(80).nullable(),
    brand_colors: brandColorsSchema.nullable(),
    logo_file_id: z.string().trim().min(1).max(255).nullable(),
    enabled_networks: z
      .array(z.enum(NETWORKS, { error: `must be one of ${NETWORKS.join(", ")}` }))
      .refine((a) => new Set(a).size === a.length, "must not repeat a network")
      .nullable(),
    features: z
      .object(Object.fromEntries(FEATURES.map((f) => [f, z.boolean().optional()])))
      .strict()
      .nullable(),
    review_auto_approve: z.boolean().nullable(),
    review_allow_unverified: z.boolean().nullable(),
    inbox_alert_words: z.array(z.string().trim().min(1).max(100)).max(200).nullable(),
    inbox_unanswered_hours: z.number().int().min(0).max(720).nullable(),
  })
  .partial()
  .strict()

export type AdminUpdateSocialSettingsType = z.infer<typeof AdminUpdateSocialSettings>
