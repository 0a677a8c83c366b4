import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { setAnswerStatusStep } from "../steps/set-answer-status"
import { markQuestionAnsweredStep } from "../steps/mark-question-answered"

export const moderateProductAnswerWorkflowId = "moderate-product-answer"

/** This workflow approves or rejects a buyer's answer; the first approved answer tells the asker. */
export const moderateProductAnswerWorkflow = createWorkflow(
  moderateProductAnswerWorkflowId,
  function (input: { question_id: string; answer_id: string; status: "approved" | "rejected" }) {
    const result = setAnswerStatusStep(input)
    when({ result }, ({ result }) => result.status === "approved").then(() => {
      const notifications = markQuestionAnsweredStep(transform({ input }, ({ input }) => ({ question_id: input.question_id, answer_id: input.answer_id })))
      sendNotificationsStep(notifications)
    })
    return new WorkflowResponse(result)
  }
)
