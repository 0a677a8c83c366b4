import { PRODUCT_URL_PLACEHOLDERS } from "./vocabulary"

export type ProductUrlInput = {
  storefront: string
  handle: string
  id: string
  locale?: string
  country?: string
}

const PLACEHOLDER = /\{([a-z_]+)\}/g
// Stands for the storefront base while empty segments are collapsed, so that the storefront's
// own URL (its "//" after the scheme, any path it has) is never rewritten.
const STOREFRONT_MARK = "\u0000storefront\u0000"

/**
 * Why a product URL template cannot be used, or null when it can. A template must name the
 * product ({handle} or {id}), use only known placeholders and produce an absolute http(s) URL.
 */
export function productUrlTemplateProblem(template: string, storefront: string): string | null {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1])
  const unknown = names.filter((n) => !(PRODUCT_URL_PLACEHOLDERS as readonly string[]).includes(n))
  if (unknown.length) {
    return `unknown placeholder {${unknown[0]}}; use ${PRODUCT_URL_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`
  }
  if (!names.includes("handle") && !names.includes("id")) {
    return "must contain {handle} or {id}"
  }
  const sample = renderProductUrl(template, {
    storefront,
    handle: "sample",
    id: "prod_sample",
    locale: "en",
    country: "us",
  })
  try {
    const url = new URL(sample)
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return "must produce an http(s) URL"
    }
  } catch {
    return "must produce an absolute URL (start it with {storefront} or https://)"
  }
  return null
}

/**
 * Fills a product URL template; every value is URL-encoded except the storefront base. A
 * placeholder with no value that fills a whole path segment drops that segment: a link shared
 * without a locale gives `/products/shoe` from `{storefront}/{country}/{locale}/products/{handle}`,
 * not `//products/shoe`, and the storefront picks its default country and language as it does
 * for any visitor.
 */
export function renderProductUrl(template: string, input: ProductUrlInput): string {
  const storefront = input.storefront.replace(/\/+$/, "")
  const filled = template.replace(PLACEHOLDER, (_, name: string) => {
    if (name === "storefront") {
      return STOREFRONT_MARK
    }
    const value = (input as Record<string, string | undefined>)[name] ?? ""
    return encodeURIComponent(value)
  })
  const [path, ...rest] = filled.split(/(?=[?#])/)
  const scheme = path.match(/^[a-z][a-z0-9+.-]*:\/\//i)?.[0] ?? ""
  const collapsed = scheme + path.slice(scheme.length).replace(/\/{2,}/g, "/")
  return (collapsed + rest.join("")).replace(STOREFRONT_MARK, storefront)
}
