import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_QUESTION_MODULE } from "../../../modules/product-question"
import type ProductQuestionModuleService from "../../../modules/product-question/service"

export type RecordQuestionVoteInput = { question_id: string; voter_key: string; visitor_key: string | null; customer_id: string | null }

/** This step records a helpful vote on an approved question, once per voter; its compensation removes it. */
export const recordQuestionVoteStep = createStep(
  "record-product-question-vote",
  async (input: RecordQuestionVoteInput, { container }) => {
    const service = container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE)
    const [question] = await service.listProductQuestions({ id: input.question_id, status: "approved" }, { take: 1, select: ["id"] })
    if (!question) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Question "${input.question_id}" not found`)
    const result = await service.recordHelpfulVote(input)
    return new StepResponse({ created: result.created, helpful_count: result.helpful_count }, result.vote_id)
  },
  async (voteId, { container }) => {
    if (!voteId) return
    await container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE).removeHelpfulVote(voteId)
  }
)
