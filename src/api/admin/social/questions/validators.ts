import { z } from "@medusajs/framework/zod"
import { QUESTION_REJECTION_REASONS, QUESTION_STATUSES } from "../../../../modules/product-question"

export const AdminListQuestionsQuery = z
  .object({
    status: z.enum(QUESTION_STATUSES, { error: `must be one of ${QUESTION_STATUSES.join(", ")}` }).optional(),
    product_id: z.string().trim().min(1).max(100).optional(),
    /** `true`: questions with an answer waiting for moderation. */
    pending_answers: z.enum(["true", "false"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export const AdminRejectQuestion = z
  .object({ reason: z.enum(QUESTION_REJECTION_REASONS, { error: `must be one of ${QUESTION_REJECTION_REASONS.join(", ")}` }) })
  .strict()

export const AdminAnswerQuestion = z
  .object({ body: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(5000, "must be at most 5000 characters") })
  .strict()

export const AdminAskBuyers = z.object({ limit: z.number().int().min(1).max(50).default(5) }).strict()
export const AdminQuestionEmpty = z.object({}).strict()

export type AdminListQuestionsQueryType = z.infer<typeof AdminListQuestionsQuery>
