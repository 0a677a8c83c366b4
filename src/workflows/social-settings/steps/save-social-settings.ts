import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_SETTINGS_MODULE, type SocialSettingsUpdate } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"

const FIELDS = [
  "storefront_url",
  "product_url_template",
  "allowed_redirect_origins",
  "brand_name",
  "brand_colors",
  "logo_file_id",
  "enabled_networks",
  "features",
  "review_auto_approve",
  "review_allow_unverified",
  "inbox_alert_words",
  "inbox_unanswered_hours",
] as const

/**
 * This step writes the changed settings. Its compensation puts back the fields it changed, as
 * they were stored before.
 */
export const saveSocialSettingsStep = createStep(
  "save-social-settings",
  async (input: SocialSettingsUpdate, { container }) => {
    const service = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
    const before = await service.getStoredOverrides()
    const previous: SocialSettingsUpdate = {}
    for (const field of FIELDS) {
      if (input[field] !== undefined) {
        ;(previous as Record<string, unknown>)[field] = before?.[field] ?? null
      }
    }
    const settings = await service.saveOverrides(input)
    return new StepResponse(settings, previous)
  },
  async (previous, { container }) => {
    if (!previous || Object.keys(previous).length === 0) {
      return
    }
    await container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).saveOverrides(previous)
  }
)
