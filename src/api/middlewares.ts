import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSocialSettingsMiddlewares } from "./admin/social/settings/middlewares"
import { adminShareLinksMiddlewares } from "./admin/social/share-links/middlewares"
import { storeSocialProductsMiddlewares } from "./store/social/products/middlewares"
import { shortLinkMiddlewares } from "./s/middlewares"
import { socialRssMiddlewares } from "./social/rss/middlewares"

// Each capability keeps its routes' middlewares beside them; this file only gathers them.
export default defineMiddlewares({
  routes: [
    ...adminSocialSettingsMiddlewares,
    ...adminShareLinksMiddlewares,
    ...storeSocialProductsMiddlewares,
    ...shortLinkMiddlewares,
    ...socialRssMiddlewares,
  ],
})
