import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSocialSettingsMiddlewares } from "./admin/social/settings/middlewares"
import { adminSocialAttributionMiddlewares } from "./admin/social/attribution/middlewares"
import { storeSocialTouchesMiddlewares } from "./store/social/touches/middlewares"

// Each capability keeps its routes' middlewares beside them; this file only gathers them.
export default defineMiddlewares({
  routes: [...adminSocialSettingsMiddlewares, ...adminSocialAttributionMiddlewares, ...storeSocialTouchesMiddlewares],
})
