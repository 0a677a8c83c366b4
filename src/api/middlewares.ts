import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSocialSettingsMiddlewares } from "./admin/social/settings/middlewares"
import { adminSocialRewardMiddlewares } from "./admin/social/reward-rules/middlewares"
import { storeSocialRewardMiddlewares } from "./store/social/referrals/middlewares"

// Each capability keeps its routes' middlewares beside them; this file only gathers them.
export default defineMiddlewares({
  routes: [...adminSocialSettingsMiddlewares, ...adminSocialRewardMiddlewares, ...storeSocialRewardMiddlewares],
})
