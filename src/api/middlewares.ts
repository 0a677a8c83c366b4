import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSocialSettingsMiddlewares } from "./admin/social/settings/middlewares"
import { socialCardsMiddlewares } from "./social/cards/middlewares"

// Each capability keeps its routes' middlewares beside them; this file only gathers them.
export default defineMiddlewares({
  routes: [...adminSocialSettingsMiddlewares, ...socialCardsMiddlewares],
})
