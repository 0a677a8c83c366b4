/**
 * Share intents per network (PLATFORMS.md). Every value goes through encodeURIComponent: a title
 * with "&", "#" or "?" cannot add or cut a parameter, and spaces are %20 (a "+" is a literal plus
 * in mailto: bodies).
 */
export const INTENT_NETWORKS = [
  "facebook",
  "x",
  "pinterest",
  "whatsapp",
  "linkedin",
  "telegram",
  "reddit",
  "email",
] as const
export type IntentNetwork = (typeof INTENT_NETWORKS)[number]

export type IntentInput = {
  /** The tracked short link of this network. */
  url: string
  title: string
  /** The sentence shared with the link (title, price...). */
  text: string
  /** Pinterest's media: the 2:3 `pin` card. */
  pinImageUrl?: string
  /** X hashtags, without "#". */
  hashtags?: string[]
  /** X account credited with "via @handle", without "@". */
  via?: string
}

const enc = encodeURIComponent

function query(params: Array<[string, string | undefined]>): string {
  return params
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${enc(v as string)}`)
    .join("&")
}

/** X counts any URL as 23 characters and allows 280 in all. */
const X_LIMIT = 280
const X_URL_LENGTH = 23

/** Shortens the X text so that text, link and hashtags fit in one post. */
export function fitXText(text: string, hashtags: string[] = []): string {
  const tags = hashtags.reduce((n, t) => n + t.length + 2, 0)
  const room = X_LIMIT - X_URL_LENGTH - 1 - tags
  const chars = [...text]
  return chars.length <= room ? text : `${chars.slice(0, Math.max(0, room - 1)).join("").trimEnd()}…`
}

/** Hashtags X accepts: letters, digits and underscores, not only digits. */
export function toHashtags(values: string[], max = 3): string[] {
  const out: string[] = []
  for (const v of values) {
    const tag = v.normalize("NFKC").replace(/[^\p{L}\p{N}_]+/gu, "")
    if (tag && !/^\d+$/.test(tag) && !out.includes(tag)) {
      out.push(tag)
    }
    if (out.length >= max) {
      break
    }
  }
  return out
}

/** The share intent URL of a network. */
export function shareIntentUrl(network: IntentNetwork, input: IntentInput): string {
  const { url, title, text } = input
  switch (network) {
    case "facebook":
      // Facebook takes only the URL: the preview comes from the page's Open Graph tags.
      return `https://www.facebook.com/sharer/sharer.php?${query([["u", url]])}`
    case "x": {
      const hashtags = toHashtags(input.hashtags ?? [])
      return `https://twitter.com/intent/tweet?${query([
        ["text", fitXText(text, hashtags)],
        ["url", url],
        ["hashtags", hashtags.join(",") || undefined],
        ["via", input.via?.replace(/^@/, "")],
      ])}`
    }
    case "pinterest":
      return `https://www.pinterest.com/pin/create/button/?${query([
        ["url", url],
        ["media", input.pinImageUrl],
        ["description", text],
      ])}`
    case "whatsapp":
      return `https://wa.me/?${query([["text", `${text} ${url}`]])}`
    case "linkedin":
      // LinkedIn's share-offsite reads only `url`.
      return `https://www.linkedin.com/sharing/share-offsite/?${query([["url", url]])}`
    case "telegram":
      return `https://t.me/share/url?${query([
        ["url", url],
        ["text", text],
      ])}`
    case "reddit":
      return `https://www.reddit.com/submit?${query([
        ["url", url],
        ["title", title],
      ])}`
    case "email":
      return `mailto:?${query([
        ["subject", title],
        ["body", `${text}\n\n${url}`],
      ])}`
  }
}

export function hasIntent(network: string): network is IntentNetwork {
  return (INTENT_NETWORKS as readonly string[]).includes(network)
}
