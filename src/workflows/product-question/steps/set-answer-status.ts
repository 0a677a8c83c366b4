import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_QUESTION_MODULE } from "../../../modules/product-question"
import type ProductQuestionModuleService from "../../../modules/product-question/service"

/** This step approves or rejects a buyer's answer; its compensation restores the previous status. */
export const setAnswerStatusStep = createStep(
  "set-product-answer-status",
  async (input: { question_id: string; answer_id: string; status: "approved" | "rejected" }, { container }) => {
    const service = container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE)
    const [answer] = await service.listProductAnswers({ id: input.answer_id, question_id: input.question_id }, { take: 1 })
    if (!answer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Answer "${input.answer_id}" not found`)
    if (answer.status !== input.status) await service.updateProductAnswers({ id: answer.id, status: input.status })
    return new StepResponse({ id: answer.id, status: input.status, changed: answer.status !== input.status }, { id: answer.id, status: answer.status })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE).updateProductAnswers(previous)
  }
)
