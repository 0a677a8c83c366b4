/**
 * Every widget, the tracker and the configuration in one module. Safe to import during server
 * rendering: nothing touches `window` or `customElements` until a browser runs it.
 */
export { configure, getConfig, type WidgetConfig, type SdkLike } from "./core/config"
export { SocialClientError } from "./core/api"
export { SocialShareElement } from "./share"
export { SocialRatingElement } from "./rating"
export { SocialReviewsElement } from "./reviews"
export { SocialReferralElement } from "./referral"
export { SocialRewardsElement } from "./rewards"
export { SocialTrackerElement, trackLanding, bindCart, getVisitorId, withdrawConsent, type TrackOptions, type TrackResult } from "./tracker"
