import { z } from "@medusajs/framework/zod"
import type { ZodOpenApiPathsObject } from "zod-openapi"
import { StoreAnswerQuestion, StoreAskQuestion, StoreListQuestionsQuery } from "../store/social/questions/validators"
import { StoreAnswerResponse, StoreListQuestionsResponse, StoreQuestionResponse } from "../store/social/questions/responses"
import { StoreHelpfulVote } from "../store/social/reviews/validators"
import { StoreHelpfulResponse } from "../store/social/reviews/responses"
import {
  AdminAnswerQuestion,
  AdminAskBuyers,
  AdminListQuestionsQuery,
  AdminQuestionEmpty,
  AdminRejectQuestion,
} from "../admin/social/questions/validators"
import { AdminAskBuyersResponse, AdminListQuestionsResponse, AdminQuestionResponse } from "../admin/social/questions/responses"
import { idParam, route } from "./define"

const now = "2026-05-01T10:00:00.000Z"
const P = "prod_01JTX3V5Q9"
const answer = { id: "pans_01JTX", body: "Yes, it is machine washable at 30°C.", author_type: "merchant" as const, author_name: null, verified_buyer: false, created_at: now }
const question = {
  id: "pques_01JTX",
  product_id: P,
  body: "Can this shirt go in the washing machine?",
  author_name: "Ana M.",
  helpful_count: 2,
  answered_at: now,
  created_at: now,
  answers: [answer],
}
const adminQuestion = {
  ...question,
  product: { id: P, title: "Linen Shirt" },
  customer_id: null,
  email: "ana@example.com",
  status: "approved" as const,
  rejection_reason: null,
  answers: [{ ...answer, customer_id: null, status: "approved" as const }],
}
const questionId = idParam("id", "pques_01JTX")
const answerIds = z.object({ id: z.string().meta({ example: "pques_01JTX" }), answer_id: z.string().meta({ example: "pans_01JTX" }) })
const admin = (summary: string, extra: Partial<Parameters<typeof route>[0]>) =>
  route({ summary, tags: ["Admin: questions"], auth: "admin", responses: [{ status: 200, schema: AdminQuestionResponse, example: { question: adminQuestion } }], ...extra })
const moderated = AdminQuestionResponse.extend({ changed: z.boolean() }).strict()

/** Product questions and answers: the store's and the admin's routes. */
export function questionPaths(): ZodOpenApiPathsObject {
  return {
    "/store/social/products/{id}/questions": {
      get: route({
        summary: "A product's questions",
        description: "Approved questions with their approved answers (the shop's first), paged and sorted.",
        tags: ["Store: questions"],
        auth: "publishable",
        path: idParam(),
        query: StoreListQuestionsQuery,
        errors: [404],
        responses: [{ status: 200, schema: StoreListQuestionsResponse, example: { questions: [question], count: 1, offset: 0, limit: 10, sort: "newest" } }],
      }),
      post: route({
        summary: "Ask a question",
        description: "A logged-in customer, or a guest with an `email` (told of the answer, never shown). Published after moderation.",
        tags: ["Store: questions"],
        auth: "customer-optional",
        path: idParam(),
        body: { schema: StoreAskQuestion, example: { body: "Can this shirt go in the washing machine?", email: "ana@example.com", author_name: "Ana" } },
        errors: [404],
        responses: [
          { status: 201, schema: StoreQuestionResponse, example: { question: { ...question, helpful_count: 0, answered_at: null, answers: [], status: "pending" } } },
        ],
      }),
    },
    "/store/social/questions/{id}/answers": {
      post: route({
        summary: "Answer a question (buyers)",
        description: "A customer who bought the product answers an approved question, once; published after moderation.",
        tags: ["Store: questions"],
        auth: "customer",
        path: questionId,
        body: { schema: StoreAnswerQuestion, example: { body: "Mine has been through the machine ten times." } },
        errors: [404, 422],
        responses: [
          {
            status: 201,
            schema: StoreAnswerResponse,
            example: { answer: { ...answer, author_type: "customer", author_name: "Bo K.", verified_buyer: true, status: "pending" } },
          },
        ],
      }),
    },
    "/store/social/questions/{id}/helpful": {
      post: route({
        summary: "Vote a question helpful",
        description: "Once per voter, as review votes: the customer, else the `visitor_id` (and network) of a guest.",
        tags: ["Store: questions"],
        auth: "customer-optional",
        path: questionId,
        body: { schema: StoreHelpfulVote, example: { visitor_id: "v_8f3kQ2pL0aZx" } },
        errors: [404],
        responses: [{ status: 200, schema: StoreHelpfulResponse, example: { created: true, helpful_count: 3 } }],
      }),
    },
    "/admin/social/questions": {
      get: route({
        summary: "Questions to moderate and answer",
        tags: ["Admin: questions"],
        auth: "admin",
        query: AdminListQuestionsQuery,
        responses: [{ status: 200, schema: AdminListQuestionsResponse, example: { questions: [adminQuestion], count: 1, offset: 0, limit: 20 } }],
      }),
    },
    "/admin/social/questions/{id}/approve": {
      post: admin("Publish a question", {
        path: questionId,
        body: { schema: AdminQuestionEmpty, example: {} },
        errors: [404],
        responses: [{ status: 200, schema: moderated, example: { question: adminQuestion, changed: true } }],
      }),
    },
    "/admin/social/questions/{id}/reject": {
      post: admin("Reject a question", {
        path: questionId,
        body: { schema: AdminRejectQuestion, example: { reason: "spam" } },
        errors: [404],
        responses: [{ status: 200, schema: moderated, example: { question: { ...adminQuestion, status: "rejected", rejection_reason: "spam" }, changed: true } }],
      }),
    },
    "/admin/social/questions/{id}/answers": {
      post: admin("Answer as the shop", {
        description: "Published at once (a pending question with it); the asker is told of the first published answer.",
        path: questionId,
        body: { schema: AdminAnswerQuestion, example: { body: "Yes, it is machine washable at 30°C." } },
        errors: [404],
        responses: [{ status: 201, schema: AdminQuestionResponse, example: { question: adminQuestion } }],
      }),
    },
    "/admin/social/questions/{id}/answers/{answer_id}/approve": {
      post: admin("Publish a buyer's answer", { path: answerIds, body: { schema: AdminQuestionEmpty, example: {} }, errors: [404] }),
    },
    "/admin/social/questions/{id}/answers/{answer_id}/reject": {
      post: admin("Reject a buyer's answer", { path: answerIds, body: { schema: AdminQuestionEmpty, example: {} }, errors: [404] }),
    },
    "/admin/social/questions/{id}/ask-buyers": {
      post: route({
        summary: "Ask buyers to answer",
        description: "Notifies up to `limit` buyers of the product (shipped orders, verified reviewers; never the asker or a customer who unsubscribed from review requests). A buyer is asked once per question.",
        tags: ["Admin: questions"],
        auth: "admin",
        path: questionId,
        body: { schema: AdminAskBuyers, example: { limit: 5 } },
        errors: [404],
        responses: [{ status: 200, schema: AdminAskBuyersResponse, example: { asked: 3 } }],
      }),
    },
  }
}
