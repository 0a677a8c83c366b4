import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerProductQuestionWorkflow } from "../../../../../../workflows/product-question/workflows/answer-product-question"
import { adminQuestion } from "../../present"

/** The merchant answers (published at once, the question too); the asker is told of the first answer. */
export async function POST(req: AuthenticatedMedusaRequest<{ body: string }>, res: MedusaResponse) {
  await answerProductQuestionWorkflow(req.scope).run({
    input: { question_id: req.params.id, body: req.validatedBody.body, author_type: "merchant", customer_id: null },
  })
  res.status(201).json({ question: await adminQuestion(req.scope, req.params.id) })
}
