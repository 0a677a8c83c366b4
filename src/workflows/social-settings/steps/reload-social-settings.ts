import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"

/** This step drops the process' cached settings and reads them again (nothing to compensate). */
export const reloadSocialSettingsStep = createStep("reload-social-settings", async (_: void, { container }) => {
  const service = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
  service.invalidateCache()
  const settings = await service.getEffectiveSettings()
  // A string, not a Date: with the Redis workflow engine, step results are serialised.
  return new StepResponse({ updated_at: settings.updated_at?.toISOString() ?? null })
})
