import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createQuestionStep, type CreateProductQuestionInput } from "../steps/create-question"
import { moderateQuestionStep } from "../steps/moderate-question"
import { createAnswerStep, type CreateAnswerInput } from "../steps/create-answer"
import { setAnswerStatusStep } from "../steps/set-answer-status"
import { markQuestionAnsweredStep } from "../steps/mark-question-answered"
import { buildAnswerRequestsStep } from "../steps/build-answer-requests"
import { recordQuestionVoteStep, type RecordQuestionVoteInput } from "../steps/record-question-vote"

/** Emitted for every new question `{ id, product_id, status }`. */
export const QUESTION_CREATED = "social.question.created"

/**
 * This workflow writes a shopper's question (a customer, or a guest with an email), pending
 * moderation unless the store auto-approves reviews, and emits `social.question.created`.
 */
export const createProductQuestionWorkflow = createWorkflow("create-product-question", function (input: CreateProductQuestionInput) {
  const created = createQuestionStep(input)
  emitEventStep({
    eventName: QUESTION_CREATED,
    data: transform({ input, created }, ({ input, created }) => ({ id: created.id, product_id: input.product_id, status: created.status })),
  })
  return new WorkflowResponse(created)
})

/** This workflow approves or rejects a question (rejection takes a neutral reason). */
export const moderateProductQuestionWorkflow = createWorkflow(
  "moderate-product-question",
  function (input: { id: string; status: "approved" | "rejected"; reason: string | null }) {
    return new WorkflowResponse(moderateQuestionStep(input))
  }
)

/**
 * This workflow answers a question. The merchant's answer is published at once (and publishes a
 * pending question with it); a buyer's waits for moderation. The first published answer tells the
 * asker through the Notification module, once.
 */
export const answerProductQuestionWorkflow = createWorkflow("answer-product-question", function (input: CreateAnswerInput) {
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

/** This workflow approves or rejects a buyer's answer; the first approved answer tells the asker. */
export const moderateProductAnswerWorkflow = createWorkflow(
  "moderate-product-answer",
  function (input: { question_id: string; answer_id: string; status: "approved" | "rejected" }) {
    const result = setAnswerStatusStep(input)
    when({ result }, ({ result }) => result.status === "approved").then(() => {
      const notifications = markQuestionAnsweredStep(transform({ input }, ({ input }) => ({ question_id: input.question_id, answer_id: input.answer_id })))
      sendNotificationsStep(notifications)
    })
    return new WorkflowResponse(result)
  }
)

/**
 * This workflow asks up to `limit` buyers of the product to answer an approved question, through
 * the Notification module; asking again never writes to the same buyer twice.
 */
export const askBuyersToAnswerWorkflow = createWorkflow("ask-buyers-to-answer-question", function (input: { question_id: string; limit: number }) {
  const notifications = buildAnswerRequestsStep(input)
  sendNotificationsStep(notifications)
  return new WorkflowResponse(transform({ notifications }, ({ notifications }) => ({ asked: notifications.length })))
})

/** This workflow records a helpful vote on an approved question, once per voter. */
export const voteProductQuestionHelpfulWorkflow = createWorkflow("vote-product-question-helpful", function (input: RecordQuestionVoteInput) {
  return new WorkflowResponse(recordQuestionVoteStep(input))
})
