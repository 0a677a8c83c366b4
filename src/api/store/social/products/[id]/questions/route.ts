import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_QUESTION_MODULE, questionOrder } from "../../../../../../modules/product-question"
import type ProductQuestionModuleService from "../../../../../../modules/product-question/service"
import { createProductQuestionWorkflow } from "../../../../../../workflows/product-question/workflows/create-product-question"
import { presentStoreQuestion } from "../../../questions/present"
import type { StoreAskQuestionType, StoreListQuestionsQueryType } from "../../../questions/validators"

/** A product's approved questions with their approved answers, paged and sorted. 404 for an unknown product. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as StoreListQuestionsQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { id: req.params.id } })
  if (!products.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product "${req.params.id}" not found`)
  const [questions, count] = await req.scope
    .resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE)
    .listAndCountProductQuestions(
      { product_id: req.params.id, status: "approved" },
      { relations: ["answers"], order: questionOrder(q.sort), skip: q.offset, take: q.limit }
    )
  res.json({ questions: questions.map((x) => presentStoreQuestion(x as any)), count, offset: q.offset, limit: q.limit, sort: q.sort })
}

/** Asks a question: a logged-in customer, or a guest with an email (told of the answer, never shown). */
export async function POST(req: AuthenticatedMedusaRequest<StoreAskQuestionType>, res: MedusaResponse) {
  const { result } = await createProductQuestionWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id, customer_id: req.auth_context?.actor_id || null },
  })
  const question = await req.scope
    .resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE)
    .retrieveProductQuestion(result.id, { relations: ["answers"] })
  res.status(201).json({ question: presentStoreQuestion(question as any, { includeStatus: true }) })
}
