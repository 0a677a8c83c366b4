import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type QuestionCreatedEvent } from "../../../lib/events"
import { createQuestionStep, type CreateProductQuestionInput } from "../steps/create-question"

export const createProductQuestionWorkflowId = "create-product-question"

/**
 * This workflow writes a shopper's question (a customer, or a guest with an email), pending
 * moderation unless the store auto-approves reviews, and emits `social.question.created`.
 */
export const createProductQuestionWorkflow = createWorkflow(createProductQuestionWorkflowId, function (input: CreateProductQuestionInput) {
  const created = createQuestionStep(input)
  emitEventStep({
    eventName: SocialEvents.QUESTION_CREATED,
    data: transform({ input, created }, ({ input, created }): QuestionCreatedEvent => ({ id: created.id, product_id: input.product_id, status: created.status })),
  })
  return new WorkflowResponse(created)
})
