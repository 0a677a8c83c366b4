import { z } from "@medusajs/framework/zod"
import { nullableTimestamp, offsetPage, timestamp } from "../../../openapi/common"

export const StoreAnswer = z
  .object({
    id: z.string(),
    body: z.string(),
    author_type: z.enum(["merchant", "customer"]),
    author_name: z.string().nullable(),
    verified_buyer: z.boolean(),
    created_at: timestamp,
    status: z.enum(["pending", "approved", "rejected"]).optional().meta({ description: "on the author's own answer only" }),
  })
  .strict()

export const StoreQuestion = z
  .object({
    id: z.string(),
    product_id: z.string(),
    body: z.string(),
    author_name: z.string().nullable(),
    helpful_count: z.number().int(),
    answered_at: nullableTimestamp,
    created_at: timestamp,
    answers: z.array(StoreAnswer),
    status: z.enum(["pending", "approved", "rejected"]).optional().meta({ description: "on the asker's own question only" }),
  })
  .strict()

export const StoreListQuestionsResponse = z.object({ questions: z.array(StoreQuestion), ...offsetPage, sort: z.string() }).strict()
export const StoreQuestionResponse = z.object({ question: StoreQuestion }).strict()
export const StoreAnswerResponse = z.object({ answer: StoreAnswer }).strict()
