import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSocialSettingsMiddlewares } from "./admin/social/settings/middlewares"
import { adminSocialReviewsMiddlewares } from "./admin/social/reviews/middlewares"
import { storeSocialReviewsMiddlewares } from "./store/social/reviews/middlewares"

// Each capability keeps its routes' middlewares beside them; this file only gathers them.
export default defineMiddlewares({
  routes: [...adminSocialSettingsMiddlewares, ...adminSocialReviewsMiddlewares, ...storeSocialReviewsMiddlewares],
})
