import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateProductAnswerWorkflow } from "../../../../../../../../workflows/product-question/workflows/moderate-product-answer"
import { adminQuestion } from "../../../../present"

/** Approve a buyer's answer; the first published answer tells the asker. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await moderateProductAnswerWorkflow(req.scope).run({
    input: { question_id: req.params.id, answer_id: req.params.answer_id, status: "approved" },
  })
  res.json({ question: await adminQuestion(req.scope, req.params.id) })
}
