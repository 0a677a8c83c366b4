import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validation"
import { acceptImportFile } from "./import-upload"
import {
  AdminEmpty,
  AdminListImportsQuery,
  AdminListReportsQuery,
  AdminListReviewsQuery,
  AdminRejectReview,
  AdminRespondToReview,
  AdminReviewImportFields,
} from "./validators"

export const adminSocialReviewsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/social/reviews", middlewares: [validateQuery(AdminListReviewsQuery)] },
  { method: ["POST"], matcher: "/admin/social/reviews/:id/approve", middlewares: [validateBody(AdminEmpty)] },
  { method: ["POST"], matcher: "/admin/social/reviews/:id/reject", middlewares: [validateBody(AdminRejectReview)] },
  { method: ["POST"], matcher: "/admin/social/reviews/:id/response", middlewares: [validateBody(AdminRespondToReview)] },
  { method: ["POST"], matcher: "/admin/social/reviews/:id/media/:media_id/reject", middlewares: [validateBody(AdminEmpty)] },
  {
    method: ["POST"],
    matcher: "/admin/social/reviews/imports",
    // Medusa's JSON parser must not read the upload: multer does, within its limit.
    bodyParser: false,
    middlewares: [acceptImportFile(), validateBody(AdminReviewImportFields)],
  },
  { method: ["GET"], matcher: "/admin/social/reviews/imports", middlewares: [validateQuery(AdminListImportsQuery)] },
  { method: ["GET"], matcher: "/admin/social/reviews/reports", middlewares: [validateQuery(AdminListReportsQuery)] },
  { method: ["POST"], matcher: "/admin/social/reviews/reports/:id/dismiss", middlewares: [validateBody(AdminEmpty)] },
]
