import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { PRODUCT_QUESTION_MODULE } from "../../../modules/product-question"
import type ProductQuestionModuleService from "../../../modules/product-question/service"

export const QUESTION_ANSWERED_TEMPLATE = "social-question-answered"

/**
 * This step records that a question has its first published answer and returns the asker's
 * notification (channel `email`, template `social-question-answered`); a later answer, or the same
 * one approved twice, returns none. Its compensation clears the mark.
 */
export const markQuestionAnsweredStep = createStep(
  "mark-product-question-answered",
  async (input: { question_id: string; answer_id: string }, { container }) => {
    const service = container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE)
    const first = await service.markAnswered(input.question_id)
    if (!first) return new StepResponse([] as SendNotificationsStepInput, null)
    const [question] = await service.listProductQuestions({ id: input.question_id }, { relations: ["answers"] })
    const answer = question.answers.find((a) => a.id === input.answer_id)
    if (!question.email) return new StepResponse([] as SendNotificationsStepInput, input.question_id)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["title", "handle"], filters: { id: question.product_id } })
    const product = data[0] as any
    const notifications: SendNotificationsStepInput = [
      {
        to: question.email,
        receiver_id: question.customer_id ?? undefined,
        channel: "email",
        template: QUESTION_ANSWERED_TEMPLATE,
        trigger_type: "social.question.answered",
        resource_id: question.id,
        resource_type: "product_question",
        idempotency_key: `${QUESTION_ANSWERED_TEMPLATE}:${question.id}`,
        data: {
          title: `Your question about ${product?.title ?? "the product"} was answered`,
          description: answer?.body ?? "",
          question_id: question.id,
          question: question.body,
          answer: answer?.body ?? "",
          answer_author: answer?.author_type === "merchant" ? "the shop" : (answer?.author_name ?? "a customer"),
          product_id: question.product_id,
          product_title: product?.title ?? null,
          product_handle: product?.handle ?? null,
        },
      },
    ]
    return new StepResponse(notifications, input.question_id)
  },
  async (questionId, { container }) => {
    if (!questionId) return
    await container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE).updateProductQuestions({ id: questionId, answered_at: null })
  }
)
