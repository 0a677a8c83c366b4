import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { SocialSettingsUpdate } from "../../../modules/social-settings"
import { SocialEvents, type SettingsUpdatedEvent } from "../../../lib/events"
import { saveSocialSettingsStep } from "../steps/save-social-settings"
import { validateSocialSettingsStep } from "../steps/validate-social-settings"

export const updateSocialSettingsWorkflowId = "update-social-settings"

/**
 * This workflow changes the plugin's settings. A null field goes back to the plugin option.
 * It emits `social.settings.updated` with the names of the changed fields, so that other
 * processes (the worker) drop their cached settings at once.
 *
 * @example
 * await updateSocialSettingsWorkflow(container).run({
 *   input: { brand_name: "Acme", enabled_networks: ["facebook", "x"] },
 * })
 */
export const updateSocialSettingsWorkflow = createWorkflow(
  updateSocialSettingsWorkflowId,
  function (input: SocialSettingsUpdate) {
    validateSocialSettingsStep(input)
    const settings = saveSocialSettingsStep(input)
    const eventData = transform({ input }, ({ input }): SettingsUpdatedEvent => ({ fields: Object.keys(input) }))
    emitEventStep({ eventName: SocialEvents.SETTINGS_UPDATED, data: eventData })
    return new WorkflowResponse(settings)
  }
)
