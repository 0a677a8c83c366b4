import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateProductQuestionWorkflow } from "../../../../../../workflows/product-question/workflows/moderate-product-question"
import { adminQuestion } from "../../present"

/** Approve a question. `changed: false` when it already was. */
export async function POST(req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) {
  const { result } = await moderateProductQuestionWorkflow(req.scope).run({
    input: { id: req.params.id, status: "approved", reason: null },
  })
  res.json({ question: await adminQuestion(req.scope, req.params.id), changed: result.changed })
}
