import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_REQUEST_MODULE } from "../../../modules/review-request"
import type ReviewRequestModuleService from "../../../modules/review-request/service"
import type { PreparedReviewRequest } from "./prepare-review-request"

/**
 * This step moves the request to its next status, only if it is still where the preparation
 * found it (a conditional update): of two runs, one claims it and sends, the other gets `[]`.
 * It settles the lines that were found reviewed or returned. Returns the notifications to send.
 * Its compensation puts the request back, so that a failed send is tried again next run.
 */
export const claimReviewRequestStep = createStep(
  "claim-review-request",
  async (prepared: PreparedReviewRequest, { container }) => {
    if (!prepared) return new StepResponse([] as Record<string, any>[], null)
    const service = container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE)
    const claimed = await service.transition(prepared.request_id, prepared.from, prepared.to, prepared.fields)
    if (!claimed) return new StepResponse([] as Record<string, any>[], null)
    await service.settleItems(prepared.item_updates)
    const undo = { id: prepared.request_id, from: prepared.from, to: prepared.to, keys: Object.keys(prepared.fields) }
    return new StepResponse(prepared.notification ? [prepared.notification] : [], undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const reset = Object.fromEntries(undo.keys.map((k) => [k, null]))
    await container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE).transition(undo.id, undo.to, undo.from, reset)
  }
)
