import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_QUESTION_MODULE } from "../../../../modules/product-question"
import type ProductQuestionModuleService from "../../../../modules/product-question/service"
import { presentAdminQuestions } from "./present"
import type { AdminListQuestionsQueryType } from "./validators"

/** Questions for moderation, newest first, with every answer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as AdminListQuestionsQueryType
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (q.product_id) filters.product_id = q.product_id
  if (q.pending_answers === "true") filters.answers = { status: "pending" }
  const [rows, count] = await req.scope
    .resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE)
    .listAndCountProductQuestions(filters, { relations: ["answers"], order: { created_at: "DESC", id: "DESC" }, skip: q.offset, take: q.limit })
  res.json({ questions: await presentAdminQuestions(req.scope, rows), count, offset: q.offset, limit: q.limit })
}
