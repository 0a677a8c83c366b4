import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { askBuyersToAnswerWorkflow } from "../../../../../../workflows/product-question/workflows/ask-buyers-to-answer"

/** Asks up to `limit` buyers of the product to answer an approved question (Notification module). */
export async function POST(req: AuthenticatedMedusaRequest<{ limit: number }>, res: MedusaResponse) {
  const { result } = await askBuyersToAnswerWorkflow(req.scope).run({ input: { question_id: req.params.id, limit: req.validatedBody.limit } })
  res.json(result)
}
