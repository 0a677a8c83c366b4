import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validation"
import { AdminCreateAutoPostRule, AdminListAutoPostRules, AdminUpdateAutoPostRule } from "./validators"

export const adminSocialAutoPostRulesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/social/auto-post-rules", middlewares: [validateQuery(AdminListAutoPostRules)] },
  { method: ["POST"], matcher: "/admin/social/auto-post-rules", middlewares: [validateBody(AdminCreateAutoPostRule)] },
  { method: ["POST"], matcher: "/admin/social/auto-post-rules/:id", middlewares: [validateBody(AdminUpdateAutoPostRule)] },
]
