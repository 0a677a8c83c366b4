import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_REQUEST_MODULE } from "../../../modules/review-request"
import type ReviewRequestModuleService from "../../../modules/review-request/service"

export const unsubscribeReviewRequestsWorkflowId = "unsubscribe-review-requests"

/** This step records the opt-out and closes the customer's open requests (idempotent). */
const unsubscribeStep = createStep(
  "unsubscribe-review-requests",
  async (input: { customer_id: string; request_id: string }, { container }) => {
    const created = await container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE).unsubscribe(input.customer_id, input.request_id)
    return new StepResponse({ unsubscribed: true, created })
  }
)

/**
 * This workflow unsubscribes a customer from review requests: no request is sent to them again,
 * and the ones scheduled or sent are closed. A second call changes nothing.
 */
export const unsubscribeReviewRequestsWorkflow = createWorkflow(
  unsubscribeReviewRequestsWorkflowId,
  function (input: { customer_id: string; request_id: string }) {
    return new WorkflowResponse(unsubscribeStep(input))
  }
)
