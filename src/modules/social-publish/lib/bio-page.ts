import { createHash } from "crypto"
import { cardUrl } from "../../../lib/card-formats"
import { escapeHtml } from "../../social-share/lib/html"
import type { BioPageData } from "../service"

/**
 * The link-in-bio page (`/social/bio/:handle`): the account's latest posts as cards, each opening
 * the post's own tracked link, for the profiles whose captions cannot link (Instagram, TikTok). A
 * small static page: no script, inline styles, every value escaped.
 */

export type BioCard = { image_url: string | null; link: string; text: string; published_at: Date }

const URLS = /https?:\/\/\S+/g

/** A caption for a card: the post's title or text without its links, cut at a word within `max`. */
export function cardCaption(post: { text: string; title: string | null }, max = 140): string {
  const plain = (post.title || post.text).replace(URLS, " ").replace(/\s+/g, " ").trim()
  if (plain.length <= max) return plain
  const cut = plain.slice(0, max - 1)
  // The cut falls between words: keep the last one whole.
  if (plain[max - 1] === " ") return `${cut.trimEnd()}…`
  const space = cut.lastIndexOf(" ")
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/**
 * The cards of the page: a product post shows its product's square card in its market and opens
 * its tracked link (`/s/:code`, counted and attributed to the post); a free-text post opens its
 * tagged storefront link. A post with neither is left out.
 */
export function bioCards(data: BioPageData, publicUrl: string): BioCard[] {
  return data.posts.flatMap((p) => {
    const link = p.share_code ? new URL(`/s/${p.share_code}`, publicUrl).toString() : p.link_url
    if (!link) return []
    const image_url = p.product_id
      ? cardUrl(publicUrl, p.product_id, "square", { variant_id: p.variant_id ?? undefined, currency_code: p.currency_code || undefined, locale: p.locale || undefined })
      : null
    return [{ image_url, link, text: cardCaption(p), published_at: p.published_at }]
  })
}

/** A validator of what the page shows: the account and every post on it, as last changed, and the shop. */
export function bioEtag(data: BioPageData, shop: string): string {
  const hash = createHash("sha256")
  hash.update(`${data.account.id}\0${data.account.name}\0${data.account.updated_at.toISOString()}\0${shop}`)
  for (const p of data.posts) hash.update(`\0${p.id}\0${p.updated_at.toISOString()}`)
  return `"${hash.digest("base64url").slice(0, 27)}"`
}

export function bioPageHtml(input: { account: { name: string }; shop: string; storefrontUrl: string; cards: BioCard[]; lang?: string }): string {
  const cards = input.cards.length
    ? input.cards
        .map(
          (c) =>
            `<li><a href="${escapeHtml(c.link)}" rel="noopener">` +
            (c.image_url ? `<img src="${escapeHtml(c.image_url)}" alt="" width="540" height="540" loading="lazy">` : "") +
            `<span>${escapeHtml(c.text)}</span></a></li>`
        )
        .join("\n")
    : "<li class=\"empty\">No posts yet.</li>"
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(input.lang ?? "en")}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(input.account.name)} – ${escapeHtml(input.shop)}</title>`,
    '<meta name="robots" content="noindex">',
    "<style>",
    "body{margin:0;font:16px/1.4 system-ui,-apple-system,sans-serif;background:#f6f6f6;color:#111}",
    "header{padding:24px 16px 8px;text-align:center}h1{font-size:20px;margin:0 0 4px}header a{color:#555}",
    "ul{list-style:none;margin:0 auto;padding:8px;max-width:560px;display:grid;grid-template-columns:1fr 1fr;gap:8px}",
    "li a{display:block;background:#fff;border-radius:8px;overflow:hidden;color:inherit;text-decoration:none}",
    "li img{display:block;width:100%;height:auto;aspect-ratio:1}li span{display:block;padding:8px;font-size:14px}",
    ".empty{grid-column:1/-1;text-align:center;color:#555}",
    "</style>",
    "</head>",
    "<body>",
    `<header><h1>${escapeHtml(input.account.name)}</h1><a href="${escapeHtml(input.storefrontUrl)}">${escapeHtml(input.shop)}</a></header>`,
    `<ul>\n${cards}\n</ul>`,
    "</body>",
    "</html>",
  ].join("\n")
}
