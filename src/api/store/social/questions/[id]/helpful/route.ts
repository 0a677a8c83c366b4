import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { voteProductQuestionHelpfulWorkflow } from "../../../../../../workflows/product-question/workflows/vote-product-question-helpful"
import type { StoreHelpfulVoteType } from "../../../reviews/validators"
import { voterKeys } from "../../../../../utils/voter"

/** Marks an approved question helpful, once per voter, as review votes (`voterKeys`). */
export async function POST(req: AuthenticatedMedusaRequest<StoreHelpfulVoteType>, res: MedusaResponse) {
  const voter = voterKeys(req, req.validatedBody.visitor_id)
  const { result } = await voteProductQuestionHelpfulWorkflow(req.scope).run({ input: { question_id: req.params.id, ...voter } })
  res.json(result)
}
