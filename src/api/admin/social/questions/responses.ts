import { z } from "@medusajs/framework/zod"
import { nullableTimestamp, offsetPage, timestamp } from "../../../openapi/common"

export const AdminAnswer = z
  .object({
    id: z.string(),
    body: z.string(),
    author_type: z.enum(["merchant", "customer"]),
    author_name: z.string().nullable(),
    customer_id: z.string().nullable(),
    verified_buyer: z.boolean(),
    status: z.enum(["pending", "approved", "rejected"]),
    created_at: timestamp,
  })
  .strict()

export const AdminQuestion = z
  .object({
    id: z.string(),
    product_id: z.string(),
    product: z.object({ id: z.string(), title: z.string() }).strict().nullable(),
    customer_id: z.string().nullable(),
    email: z.string().nullable(),
    author_name: z.string().nullable(),
    body: z.string(),
    status: z.enum(["pending", "approved", "rejected"]),
    rejection_reason: z.string().nullable(),
    helpful_count: z.number().int(),
    answered_at: nullableTimestamp,
    created_at: timestamp,
    answers: z.array(AdminAnswer),
  })
  .strict()

export const AdminListQuestionsResponse = z.object({ questions: z.array(AdminQuestion), ...offsetPage }).strict()
export const AdminQuestionResponse = z.object({ question: AdminQuestion }).strict()
export const AdminAskBuyersResponse = z.object({ asked: z.number().int().meta({ description: "buyers chosen; one already asked about this question is not written to again" }) }).strict()
