import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { SendNotificationsStepInput } from "@medusajs/medusa/core-flows"
import { PRODUCT_QUESTION_MODULE } from "../../../modules/product-question"
import type ProductQuestionModuleService from "../../../modules/product-question/service"
import { REVIEW_REQUEST_MODULE } from "../../../modules/review-request"
import type ReviewRequestModuleService from "../../../modules/review-request/service"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"

export const ANSWER_REQUEST_TEMPLATE = "social-question-answer-request"

/**
 * This step picks up to `limit` buyers of the question's product to ask for an answer: customers
 * whose order of it was shipped (review requests know them) and verified reviewers, most recent
 * first, never the asker and never a customer who unsubscribed from review requests. It returns
 * one notification each (template `social-question-answer-request`), keyed per question and
 * customer so that asking again never writes to the same buyer twice. It writes nothing.
 */
export const buildAnswerRequestsStep = createStep(
  "build-product-question-answer-requests",
  async (input: { question_id: string; limit: number }, { container }) => {
    const [question] = await container
      .resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE)
      .listProductQuestions({ id: input.question_id, status: "approved" }, { take: 1 })
    if (!question) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approved question "${input.question_id}" not found`)
    const requests = container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE)
    const items = await requests.listReviewRequestItems(
      { product_id: question.product_id },
      { relations: ["request"], order: { created_at: "DESC" }, take: 200 }
    )
    const reviews = await container
      .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
      .listProductReviews({ product_id: question.product_id, verified_purchase: true }, { select: ["customer_id"], order: { created_at: "DESC" }, take: 200 })
    const ids = [...new Set([...items.map((i) => i.request?.customer_id), ...reviews.map((r) => r.customer_id)].filter(Boolean) as string[])]
      .filter((id) => id !== question.customer_id)
    const optedOut = await requests.isUnsubscribed(ids)
    const chosen = ids.filter((id) => !optedOut.has(id)).slice(0, input.limit)
    if (!chosen.length) return new StepResponse([] as SendNotificationsStepInput)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: customers }, { data: products }] = await Promise.all([
      query.graph({ entity: "customer", fields: ["id", "email", "first_name"], filters: { id: chosen } }),
      query.graph({ entity: "product", fields: ["title", "handle"], filters: { id: question.product_id } }),
    ])
    const product = products[0] as any
    const notifications: SendNotificationsStepInput = (customers as any[])
      .filter((c) => c.email)
      .map((c) => ({
        to: c.email,
        receiver_id: c.id,
        channel: "email",
        template: ANSWER_REQUEST_TEMPLATE,
        trigger_type: "social.question.answer_requested",
        resource_id: question.id,
        resource_type: "product_question",
        idempotency_key: `${ANSWER_REQUEST_TEMPLATE}:${question.id}:${c.id}`,
        data: {
          title: `A shopper has a question about ${product?.title ?? "a product you bought"}`,
          description: question.body,
          question_id: question.id,
          question: question.body,
          product_id: question.product_id,
          product_title: product?.title ?? null,
          product_handle: product?.handle ?? null,
          customer_first_name: c.first_name ?? null,
        },
      }))
    return new StepResponse(notifications)
  }
)
