import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createAnswerStep, type CreateAnswerInput } from "../steps/create-answer"
import { moderateQuestionStep } from "../steps/moderate-question"
import { markQuestionAnsweredStep } from "../steps/mark-question-answered"

export const answerProductQuestionWorkflowId = "answer-product-question"

/**
 * This workflow answers a question. The merchant's answer is published at once (and publishes a
 * pending question with it); a buyer's waits for moderation. The first published answer tells the
 * asker through the Notification module, once.
 */
export const answerProductQuestionWorkflow = createWorkflow(answerProductQuestionWorkflowId, function (input: CreateAnswerInput) {
  const answer = createAnswerStep(input)
  when({ answer }, ({ answer }) => answer.status === "approved" && answer.question_status === "pending").then(() => {
    moderateQuestionStep(transform({ answer }, ({ answer }) => ({ id: answer.question_id, status: "approved" as const, reason: null })))
  })
  when({ answer }, ({ answer }) => answer.status === "approved").then(() => {
    const notifications = markQuestionAnsweredStep(transform({ answer }, ({ answer }) => ({ question_id: answer.question_id, answer_id: answer.id })))
    sendNotificationsStep(notifications)
  })
  return new WorkflowResponse(answer)
})
