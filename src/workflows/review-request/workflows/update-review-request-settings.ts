import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_REQUEST_MODULE } from "../../../modules/review-request"
import type ReviewRequestModuleService from "../../../modules/review-request/service"
import type { ReviewRequestSettingsValues } from "../../../modules/review-request/lib/schedule"

export const updateReviewRequestSettingsWorkflowId = "update-review-request-settings"

/** This step saves some review-request settings; its compensation puts the previous ones back. */
const saveReviewRequestSettingsStep = createStep(
  "save-review-request-settings",
  async (patch: Partial<ReviewRequestSettingsValues>, { container }) => {
    const service = container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE)
    const previous = await service.getSettings()
    return new StepResponse(await service.saveSettings(patch), previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE).saveSettings(previous)
  }
)

/** This workflow changes the review-request settings (the fields given; the others keep their values). */
export const updateReviewRequestSettingsWorkflow = createWorkflow(
  updateReviewRequestSettingsWorkflowId,
  function (input: Partial<ReviewRequestSettingsValues>) {
    return new WorkflowResponse(saveReviewRequestSettingsStep(input))
  }
)
