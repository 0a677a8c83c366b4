import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSocialSettingsMiddlewares } from "./admin/social/settings/middlewares"
import { adminSocialChannelsMiddlewares } from "./admin/social/channels/middlewares"

// Each capability keeps its routes' middlewares beside them; this file only gathers them.
export default defineMiddlewares({
  routes: [...adminSocialSettingsMiddlewares, ...adminSocialChannelsMiddlewares],
})
