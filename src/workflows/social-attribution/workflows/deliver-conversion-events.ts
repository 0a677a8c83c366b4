import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deliverConversionEventsStep } from "../steps/deliver-conversion-events"

export const deliverConversionEventsWorkflowId = "deliver-conversion-events"

/**
 * This workflow delivers due purchase events from the outbox to Meta, TikTok and Pinterest.
 * Started by the `social-deliver-conversions` job every minute.
 */
export const deliverConversionEventsWorkflow = createWorkflow(
  deliverConversionEventsWorkflowId,
  function (input: { limit?: number }) {
    return new WorkflowResponse(deliverConversionEventsStep(input))
  }
)
