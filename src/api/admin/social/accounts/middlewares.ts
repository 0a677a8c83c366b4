import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validation"
import { AdminCheckAccount, AdminCreateAccount, AdminListAccounts, AdminUpdateAccount } from "./validators"

export const adminSocialAccountsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/social/accounts", middlewares: [validateQuery(AdminListAccounts)] },
  { method: ["POST"], matcher: "/admin/social/accounts", middlewares: [validateBody(AdminCreateAccount)] },
  { method: ["POST"], matcher: "/admin/social/accounts/:id", middlewares: [validateBody(AdminUpdateAccount)] },
  { method: ["POST"], matcher: "/admin/social/accounts/:id/check", middlewares: [validateBody(AdminCheckAccount)] },
]
