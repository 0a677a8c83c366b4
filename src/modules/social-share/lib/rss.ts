// xmlbuilder2 (with its DOM, @oozcitak/dom) is required on first use, not at import: the route
// that imports this file is loaded by every server at boot, and most never serve the RSS feed
// (about 12 MB of RSS in a bare Node process).
type XmlBuilder = typeof import("xmlbuilder2")

export type RssItem = {
  guid: string
  title: string
  link: string
  description: string
  pubDate: Date
  /** "12.50 EUR" (Google's g:price form), or null without a price. */
  price: string | null
  image: { url: string; width: number; height: number; type: string }
  categories?: string[]
}

export type RssChannel = {
  title: string
  link: string
  description: string
  selfUrl: string
  language?: string
  lastBuildDate: Date
  items: RssItem[]
}

/**
 * RSS 2.0 with Media RSS (`media:content`, the card image) and Google's `g:price`. xmlbuilder2
 * escapes every text and attribute; characters XML 1.0 forbids (control characters a title may
 * carry) are removed first, since no escape can make them legal.
 */
export function buildRss(channel: RssChannel): string {
  const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
  const { create } = require("xmlbuilder2") as XmlBuilder
  const doc = create({ version: "1.0", encoding: "UTF-8" })
  const rss = doc.ele("rss", {
    version: "2.0",
    "xmlns:atom": "http://www.w3.org/2005/Atom",
    "xmlns:media": "http://search.yahoo.com/mrss/",
    "xmlns:g": "http://base.google.com/ns/1.0",
  })
  const ch = rss.ele("channel")
  ch.ele("title").txt(clean(channel.title))
  ch.ele("link").txt(channel.link)
  ch.ele("description").txt(clean(channel.description))
  ch.ele("atom:link", { href: channel.selfUrl, rel: "self", type: "application/rss+xml" })
  if (channel.language) {
    ch.ele("language").txt(channel.language)
  }
  ch.ele("lastBuildDate").txt(channel.lastBuildDate.toUTCString())
  ch.ele("generator").txt("medusa-plugin-social-commerce")
  for (const item of channel.items) {
    const it = ch.ele("item")
    it.ele("title").txt(clean(item.title))
    it.ele("link").txt(item.link)
    it.ele("guid", { isPermaLink: "false" }).txt(item.guid)
    it.ele("description").txt(clean(item.price ? `${item.description} — ${item.price}` : item.description))
    it.ele("pubDate").txt(item.pubDate.toUTCString())
    for (const c of item.categories ?? []) {
      it.ele("category").txt(clean(c))
    }
    if (item.price) {
      it.ele("g:price").txt(item.price)
    }
    it.ele("media:content", {
      url: item.image.url,
      medium: "image",
      type: item.image.type === "jpg" ? "image/jpeg" : `image/${item.image.type}`,
      width: String(item.image.width),
      height: String(item.image.height),
    })
  }
  return doc.end({ prettyPrint: true })
}
