import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validation"
import { AdminAnswerQuestion, AdminAskBuyers, AdminListQuestionsQuery, AdminQuestionEmpty, AdminRejectQuestion } from "./validators"

export const adminProductQuestionsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/social/questions", middlewares: [validateQuery(AdminListQuestionsQuery)] },
  { method: ["POST"], matcher: "/admin/social/questions/:id/approve", middlewares: [validateBody(AdminQuestionEmpty)] },
  { method: ["POST"], matcher: "/admin/social/questions/:id/reject", middlewares: [validateBody(AdminRejectQuestion)] },
  { method: ["POST"], matcher: "/admin/social/questions/:id/answers", middlewares: [validateBody(AdminAnswerQuestion)] },
  { method: ["POST"], matcher: "/admin/social/questions/:id/answers/:answer_id/approve", middlewares: [validateBody(AdminQuestionEmpty)] },
  { method: ["POST"], matcher: "/admin/social/questions/:id/answers/:answer_id/reject", middlewares: [validateBody(AdminQuestionEmpty)] },
  { method: ["POST"], matcher: "/admin/social/questions/:id/ask-buyers", middlewares: [validateBody(AdminAskBuyers)] },
]
