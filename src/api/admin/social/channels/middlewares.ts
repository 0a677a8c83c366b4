import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validation"
import { AdminCreateChannel, AdminListItems, AdminListRuns, AdminPreviewChannel, AdminSyncChannel, AdminUpdateChannel } from "./validators"

export const adminSocialChannelsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/social/channels", middlewares: [validateBody(AdminCreateChannel)] },
  { method: ["POST"], matcher: "/admin/social/channels/:id", middlewares: [validateBody(AdminUpdateChannel)] },
  { method: ["POST"], matcher: "/admin/social/channels/:id/sync", middlewares: [validateBody(AdminSyncChannel)] },
  { method: ["POST"], matcher: "/admin/social/channels/:id/preview", middlewares: [validateBody(AdminPreviewChannel)] },
  { method: ["GET"], matcher: "/admin/social/channels/:id/items", middlewares: [validateQuery(AdminListItems)] },
  { method: ["GET"], matcher: "/admin/social/channels/:id/runs", middlewares: [validateQuery(AdminListRuns)] },
]
