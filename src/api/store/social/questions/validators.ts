import { z } from "@medusajs/framework/zod"
import { QUESTION_SORTS } from "../../../../modules/product-question"

const text = (min: number, max: number) =>
  z.string({ error: "is required" }).trim().min(min, `must be at least ${min} characters`).max(max, `must be at most ${max} characters`)

export const StoreAskQuestion = z
  .object({
    body: text(10, 1000),
    /** A guest's email, to be told of the answer (never shown); ignored for a logged-in customer. */
    email: z.email("must be an email address").max(254).optional(),
    /** The name a guest wants shown with the question. */
    author_name: text(1, 60).optional(),
  })
  .strict()

export const StoreAnswerQuestion = z.object({ body: text(2, 2000) }).strict()

export const StoreListQuestionsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(10),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
    sort: z.enum(QUESTION_SORTS, { error: `must be one of ${QUESTION_SORTS.join(", ")}` }).default("newest"),
  })
  .strict()

export type StoreAskQuestionType = z.infer<typeof StoreAskQuestion>
export type StoreAnswerQuestionType = z.infer<typeof StoreAnswerQuestion>
export type StoreListQuestionsQueryType = z.infer<typeof StoreListQuestionsQuery>
