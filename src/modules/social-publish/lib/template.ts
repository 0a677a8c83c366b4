/**
 * Post templates: text with placeholders (`{title} – {price} {link}`) rendered per market, so one
 * product gets a message per audience (its locale's title, its currency's price). An unknown
 * placeholder is refused when the template is saved; a known one without a value for this product
 * and market (`{sale_price}` when nothing is on sale) is refused when the post is made, so no post
 * goes out with a hole in it.
 */
export const PLACEHOLDERS = [
  "title",
  "description",
  "price",
  "sale_price",
  "original_price",
  "rating",
  "review_count",
  "link",
  "brand",
  "collection",
  "shop",
] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]
export type TemplateValues = Partial<Record<Placeholder, string | null>>

const TOKEN = /\{([a-z_]+)\}/g

/** The placeholders a template uses, and those it uses that do not exist. */
export function templatePlaceholders(template: string): { used: Placeholder[]; unknown: string[] } {
  const used = new Set<Placeholder>()
  const unknown = new Set<string>()
  for (const [, name] of template.matchAll(TOKEN)) {
    if ((PLACEHOLDERS as readonly string[]).includes(name)) used.add(name as Placeholder)
    else unknown.add(name)
  }
  return { used: [...used], unknown: [...unknown] }
}

export type RenderResult = { text: string; missing: Placeholder[]; unknown: string[] }

/** The template with its values put in; `missing` and `unknown` list what could not be. */
export function renderTemplate(template: string, values: TemplateValues): RenderResult {
  const { used, unknown } = templatePlaceholders(template)
  const missing = used.filter((p) => values[p] == null || values[p] === "")
  const text = template.replace(TOKEN, (whole, name: string) => {
    const value = values[name as Placeholder]
    return value == null ? whole : value
  })
  return { text: text.replace(/[ \t]+\n/g, "\n").trim(), missing, unknown }
}
