import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateListQuery } from "../../../utils/list-query"
import { validateBody } from "../../../utils/validation"
import { AdminInboxEmpty, AdminListInboxParams, AdminReplyInboxItem, listInboxConfig } from "./validators"

export const adminSocialInboxMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/social/inbox", middlewares: [validateListQuery(AdminListInboxParams, listInboxConfig)] },
  { method: ["POST"], matcher: "/admin/social/inbox/:id/reply", middlewares: [validateBody(AdminReplyInboxItem)] },
  { method: ["POST"], matcher: "/admin/social/inbox/:id/hide", middlewares: [validateBody(AdminInboxEmpty)] },
  { method: ["POST"], matcher: "/admin/social/inbox/:id/done", middlewares: [validateBody(AdminInboxEmpty)] },
]
