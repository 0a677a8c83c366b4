import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"

const reloadSocialSettingsStep = createStep("reload-social-settings", async (_: void, { container }) => {
  const service = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE)
  service.invalidateCache()
  const settings = await service.getEffectiveSettings()
  // A string, not a Date: with the Redis workflow engine, step results are serialised.
  return new StepResponse({ updated_at: settings.updated_at?.toISOString() ?? null })
})

/**
 * This workflow drops the process' cached settings and reads them again. It runs wherever the
 * `social.settings.updated` event is delivered (the worker, in server/worker mode), so renders,
 * feeds and pushes started after a change use the new settings.
 */
export const refreshSocialSettingsWorkflow = createWorkflow("refresh-social-settings", function () {
  return new WorkflowResponse(reloadSocialSettingsStep())
})
