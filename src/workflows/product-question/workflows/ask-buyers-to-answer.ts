import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildAnswerRequestsStep } from "../steps/build-answer-requests"

export const askBuyersToAnswerWorkflowId = "ask-buyers-to-answer-question"

/**
 * This workflow asks up to `limit` buyers of the product to answer an approved question, through
 * the Notification module; asking again never writes to the same buyer twice.
 */
export const askBuyersToAnswerWorkflow = createWorkflow(askBuyersToAnswerWorkflowId, function (input: { question_id: string; limit: number }) {
  const notifications = buildAnswerRequestsStep(input)
  sendNotificationsStep(notifications)
  return new WorkflowResponse(transform({ notifications }, ({ notifications }) => ({ asked: notifications.length })))
})
