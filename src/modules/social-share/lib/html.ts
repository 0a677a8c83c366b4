import type { MetaTag, ProductMeta } from "./meta"

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/** Escapes text for HTML content and double- or single-quoted attributes. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/**
 * JSON for a <script> element: "<" is written as \u003c so that no value can close the element
 * ("</script>") or open a comment; U+2028/2029 are escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
}

function tagHtml(tag: MetaTag): string {
  const [key, name] = "property" in tag ? ["property", tag.property] : ["name", tag.name]
  return `<meta ${key}="${escapeHtml(name)}" content="${escapeHtml(tag.content)}">`
}

/**
 * The page a link previewer reads at /s/:code: the full tag set, the JSON-LD, and a plain link to
 * the product for the rare person who lands here. No script runs on it.
 */
export function crawlerPage(meta: ProductMeta, lang = "en"): string {
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    `<link rel="canonical" href="${escapeHtml(meta.canonical_url)}">`,
    ...meta.tags.map(tagHtml),
    `<script type="application/ld+json">${jsonForScript(meta.json_ld)}</script>`,
    "</head>",
    "<body>",
    `<h1>${escapeHtml(meta.title)}</h1>`,
    `<p>${escapeHtml(meta.description)}</p>`,
    `<p><a href="${escapeHtml(meta.canonical_url)}">${escapeHtml(meta.title)}</a></p>`,
    "</body>",
    "</html>",
  ].join("\n")
}

/** The page of an unknown or malformed share code. */
export function notFoundPage(storefrontUrl?: string): string {
  const back = storefrontUrl ? `<p><a href="${escapeHtml(storefrontUrl)}">Go to the shop</a></p>` : ""
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Link not found</title></head><body><h1>This link does not exist</h1><p>The share link you followed is unknown or has been removed.</p>${back}</body></html>`
}
