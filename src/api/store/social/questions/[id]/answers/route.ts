import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_QUESTION_MODULE } from "../../../../../../modules/product-question"
import type ProductQuestionModuleService from "../../../../../../modules/product-question/service"
import { answerProductQuestionWorkflow } from "../../../../../../workflows/product-question/workflows/answer-product-question"
import { presentStoreAnswer } from "../../present"
import type { StoreAnswerQuestionType } from "../../validators"

/** A buyer of the product answers an approved question (once); published after moderation. */
export async function POST(req: AuthenticatedMedusaRequest<StoreAnswerQuestionType>, res: MedusaResponse) {
  const { result } = await answerProductQuestionWorkflow(req.scope).run({
    input: { question_id: req.params.id, body: req.validatedBody.body, author_type: "customer", customer_id: req.auth_context.actor_id },
  })
  const answer = await req.scope.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE).retrieveProductAnswer(result.id)
  res.status(201).json({ answer: presentStoreAnswer(answer as any, { includeStatus: true }) })
}
