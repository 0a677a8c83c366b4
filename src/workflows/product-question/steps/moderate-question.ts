import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_QUESTION_MODULE } from "../../../modules/product-question"
import type ProductQuestionModuleService from "../../../modules/product-question/service"

/**
 * This step approves or rejects a question under a row lock (`changed: false` when it already
 * was). Its compensation restores the previous status.
 */
export const moderateQuestionStep = createStep(
  "moderate-product-question",
  async (input: { id: string; status: "approved" | "rejected"; reason: string | null }, { container }) => {
    const result = await container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE).moderateQuestion(input)
    if (!result) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Question "${input.id}" not found`)
    return new StepResponse({ changed: result.changed }, result.previous ? { id: input.id, ...result.previous } : null)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE).updateProductQuestions({
      id: previous.id,
      status: previous.status,
      rejection_reason: previous.rejection_reason,
      moderated_at: previous.moderated_at,
    })
  }
)
