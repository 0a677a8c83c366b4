import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_QUESTION_MODULE } from "../../../modules/product-question"
import type ProductQuestionModuleService from "../../../modules/product-question/service"
import { displayName } from "../../../modules/product-review/lib/verification"
import { findCustomerPurchase } from "../../product-review/steps/validate-new-review"

export type CreateAnswerInput = { question_id: string; body: string; author_type: "merchant" | "customer"; customer_id?: string | null }

/**
 * This step writes an answer. The merchant's is published at once (on a pending or approved
 * question); a customer's only on an approved question, only from a buyer of the product (the
 * same purchase check as reviews), once per question, and waits for moderation. Its compensation
 * deletes the answer.
 */
export const createAnswerStep = createStep(
  "create-product-answer",
  async (input: CreateAnswerInput, { container }) => {
    const service = container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE)
    const [question] = await service.listProductQuestions({ id: input.question_id }, { take: 1 })
    const visible = input.author_type === "merchant" ? question && question.status !== "rejected" : question?.status === "approved"
    if (!visible) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Question "${input.question_id}" not found`)
    let author: string | null = null
    if (input.author_type === "customer") {
      if (!(await findCustomerPurchase(container, input.customer_id!, question.product_id))) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only customers who bought this product can answer questions about it")
      }
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "customer", fields: ["first_name", "last_name"], filters: { id: input.customer_id } })
      author = displayName((data[0] as any)?.first_name, (data[0] as any)?.last_name)
    }
    let created: { id: string; status: string }
    try {
      created = await service.createProductAnswers({
        question_id: question.id,
        body: input.body,
        author_type: input.author_type,
        customer_id: input.customer_id ?? null,
        author_name: author,
        verified_buyer: input.author_type === "customer",
        status: input.author_type === "merchant" ? "approved" : "pending",
      })
    } catch (e) {
      if (/unique|duplicate|already exists/i.test(String(e?.message))) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "You have already answered this question")
      }
      throw e
    }
    return new StepResponse(
      { id: created.id, status: created.status, question_id: question.id, question_status: question.status },
      created.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE).deleteProductAnswers(id)
  }
)
