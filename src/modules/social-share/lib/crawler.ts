import { isbot } from "isbot"

/**
 * Link previewers named in their own form, as a safety net beside isbot.
 *
 * Most networks' apps open links in an in-app browser whose user agent carries the app's name
 * (`[Pinterest/iOS]`, `Snapchat/12.87`, `Tumblr/iOS/31.4`, `Viber/11.9`, `[FBAN/FBIOS`,
 * `Instagram 123`, `[LinkedInApp]`, `Twitter for iPhone`, `Line/13.2`, `MicroMessenger/8.0`,
 * `musical_ly_32` for TikTok). Those are people and must be redirected (and counted, and
 * attributed). So a name is never matched anywhere in the agent: only the previewer's own token
 * (`Pinterestbot`, `Twitterbot`, `facebookexternalhit`...) or the name at the very start of the
 * agent, where the previewers put it and the in-app browsers never do (they start with
 * `Mozilla/5.0`): `Pinterest/0.2 (+https://www.pinterest.com/bot.html)`, `WhatsApp/2.23.20.0 A`,
 * `Snap URL Preview Service; bot; snapchat`, `Tumblr/14.0.835.186`, `Viber/12.8.0.1 CFNetwork`.
 * isbot does the same: its own list anchors `^facebook`, `^snapchat` and `^whatsapp`, and its
 * fixtures of real browsers list the Pinterest, Snapchat, Viber, Instagram, Facebook, X, LinkedIn
 * and WeChat in-app browsers as browsers. The unit test keeps a table of real agents of both kinds.
 */
const PREVIEWER_TOKENS =
  /facebookexternalhit|\bfacebot\b|facebookcatalog|meta-externalagent|twitterbot|pinterestbot|linkedinbot|slackbot|slack-imgproxy|discordbot|telegrambot|applebot|redditbot|skypeuripreview|embedly|iframely|vkshare|bitlybot|googlebot|bingbot|google-inspectiontool|\(mastodon\//i
const PREVIEWER_PREFIXES = /^(?:pinterest\/\d|whatsapp\/|snap url preview service|snapchat\/|tumblr\/\d|viber\/)/i

/** True for crawlers and link previewers: they get the HTML tag page, not a redirect. */
export function isCrawler(userAgent: string | null | undefined): boolean {
  if (!userAgent) {
    return false
  }
  return PREVIEWER_PREFIXES.test(userAgent) || PREVIEWER_TOKENS.test(userAgent) || isbot(userAgent)
}

/**
 * True when a click must be counted as a bot: a crawler, or a request with no user agent at all
 * (scripts and health checkers; no browser sends none).
 */
export function isBotClick(userAgent: string | null | undefined): boolean {
  return !userAgent || isCrawler(userAgent)
}
