import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validation"
import { AdminUpdateSocialSettings } from "./validators"

export const adminSocialSettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/social/settings",
    middlewares: [validateBody(AdminUpdateSocialSettings)],
  },
]
