import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSocialSettingsMiddlewares } from "./admin/social/settings/middlewares"
import { adminSocialRewardMiddlewares } from "./admin/social/reward-rules/middlewares"
import { storeSocialRewardMiddlewares } from "./store/social/referrals/middlewares"
import { adminSocialReviewsMiddlewares } from "./admin/social/reviews/middlewares"
import { storeSocialReviewsMiddlewares } from "./store/social/reviews/middlewares"
import { adminShareLinksMiddlewares } from "./admin/social/share-links/middlewares"
import { storeSocialProductsMiddlewares } from "./store/social/products/middlewares"
import { shortLinkMiddlewares } from "./s/middlewares"
import { socialRssMiddlewares } from "./social/rss/middlewares"
import { adminSocialAttributionMiddlewares } from "./admin/social/attribution/middlewares"
import { storeSocialTouchesMiddlewares } from "./store/social/touches/middlewares"
import { adminSocialChannelsMiddlewares } from "./admin/social/channels/middlewares"
import { socialCardsMiddlewares } from "./social/cards/middlewares"
import { adminSocialOverviewMiddlewares } from "./admin/social/overview/middlewares"
import { adminSocialAccountsMiddlewares } from "./admin/social/accounts/middlewares"
import { adminSocialPostsMiddlewares } from "./admin/social/posts/middlewares"
import { adminSocialAutoPostRulesMiddlewares } from "./admin/social/auto-post-rules/middlewares"
import { pathGuardMiddlewares } from "./utils/path-guard"
import { storeReviewRequestsMiddlewares } from "./store/social/review-requests/middlewares"
import { adminReviewRequestsMiddlewares } from "./admin/social/review-requests/middlewares"
import { storeProductQuestionsMiddlewares } from "./store/social/questions/middlewares"
import { adminProductQuestionsMiddlewares } from "./admin/social/questions/middlewares"
import { adminSocialInboxMiddlewares } from "./admin/social/inbox/middlewares"
import { socialWebhooksMiddlewares } from "./social/webhooks/meta/middlewares"

// Each capability keeps its routes' middlewares beside them; this file only gathers them.
export default defineMiddlewares({
  routes: [
    // First: it must answer before any route's parameters are decoded.
    ...pathGuardMiddlewares,
    ...adminSocialSettingsMiddlewares,
    ...adminSocialRewardMiddlewares,
    ...storeSocialRewardMiddlewares,
    ...adminSocialReviewsMiddlewares,
    ...storeSocialReviewsMiddlewares,
    ...adminShareLinksMiddlewares,
    ...storeSocialProductsMiddlewares,
    ...shortLinkMiddlewares,
    ...socialRssMiddlewares,
    ...adminSocialAttributionMiddlewares,
    ...storeSocialTouchesMiddlewares,
    ...adminSocialChannelsMiddlewares,
    ...socialCardsMiddlewares,
    ...adminSocialOverviewMiddlewares,
    ...adminSocialAccountsMiddlewares,
    ...adminSocialPostsMiddlewares,
    ...adminSocialAutoPostRulesMiddlewares,
    ...storeReviewRequestsMiddlewares,
    ...adminReviewRequestsMiddlewares,
    ...storeProductQuestionsMiddlewares,
    ...adminProductQuestionsMiddlewares,
    ...adminSocialInboxMiddlewares,
    ...socialWebhooksMiddlewares,
  ],
})
