import { isbot } from "isbot"

/**
 * Link-preview crawlers named explicitly: isbot covers most, but some previewers (WhatsApp,
 * Telegram, Slack's image proxy) send agents that look like apps rather than bots, and a missed
 * one would be redirected to the storefront and show that page's tags instead of the card.
 */
const PREVIEWERS =
  /facebookexternalhit|facebot|facebookcatalog|meta-externalagent|twitterbot|pinterest|whatsapp|linkedinbot|slackbot|slack-imgproxy|discordbot|telegrambot|applebot|redditbot|skypeuripreview|embedly|iframely|vkshare|tumblr|bitlybot|mastodon|snapchat|viber|googlebot|bingbot|google-inspectiontool/i

/** True for crawlers and link previewers: they get the HTML tag page, not a redirect. */
export function isCrawler(userAgent: string | null | undefined): boolean {
  if (!userAgent) {
    return false
  }
  return PREVIEWERS.test(userAgent) || isbot(userAgent)
}

/**
 * True when a click must be counted as a bot: a crawler, or a request with no user agent at all
 * (scripts and health checkers; no browser sends none).
 */
export function isBotClick(userAgent: string | null | undefined): boolean {
  return !userAgent || isCrawler(userAgent)
}
