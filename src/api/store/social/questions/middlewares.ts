import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { validateBody, validateQuery } from "../../../utils/validation"
import { StoreHelpfulVote } from "../reviews/validators"
import { StoreAnswerQuestion, StoreAskQuestion, StoreListQuestionsQuery } from "./validators"

const customerOptional = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export const storeProductQuestionsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/social/products/:id/questions", middlewares: [validateQuery(StoreListQuestionsQuery)] },
  {
    method: ["POST"],
    matcher: "/store/social/products/:id/questions",
    middlewares: [customerOptional, rateLimit("questionWrite"), validateBody(StoreAskQuestion)],
  },
  {
    method: ["POST"],
    matcher: "/store/social/questions/:id/answers",
    middlewares: [authenticate("customer", ["session", "bearer"]), rateLimit("questionWrite"), validateBody(StoreAnswerQuestion)],
  },
  {
    method: ["POST"],
    matcher: "/store/social/questions/:id/helpful",
    middlewares: [customerOptional, rateLimit("helpfulVote"), validateBody(StoreHelpfulVote)],
  },
]
