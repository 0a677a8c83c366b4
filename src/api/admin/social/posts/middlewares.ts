import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validation"
import { AdminCreatePost, AdminListPosts, AdminUpdatePost } from "./validators"

export const adminSocialPostsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/social/posts", middlewares: [validateQuery(AdminListPosts)] },
  { method: ["POST"], matcher: "/admin/social/posts", middlewares: [validateBody(AdminCreatePost)] },
  { method: ["POST"], matcher: "/admin/social/posts/:id", middlewares: [validateBody(AdminUpdatePost)] },
]
