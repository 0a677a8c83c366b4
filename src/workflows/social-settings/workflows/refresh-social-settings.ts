import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reloadSocialSettingsStep } from "../steps/reload-social-settings"

export const refreshSocialSettingsWorkflowId = "refresh-social-settings"

/**
 * This workflow drops the process' cached settings and reads them again. It runs wherever the
 * `social.settings.updated` event is delivered (the worker, in server/worker mode), so renders,
 * feeds and pushes started after a change use the new settings.
 */
export const refreshSocialSettingsWorkflow = createWorkflow(refreshSocialSettingsWorkflowId, function () {
  return new WorkflowResponse(reloadSocialSettingsStep())
})
