import { renderProductUrl } from "../../social-settings/lib/product-url"

export type RedirectInput = {
  /** From the settings only. */
  storefrontUrl: string
  productUrlTemplate: string
  allowedOrigins: string[]
  /** From the stored share link and its product only. */
  product: { id: string; handle: string }
  network: string
  code: string
  locale?: string
  country?: string
}

/**
 * The storefront URL a person is sent to from /s/:code, or null when it would leave the allowed
 * origins. Nothing from the request goes into it: the path, the product and the network come from
 * the stored link, the rest from the settings, so no parameter or path trick can pick the target.
 * The UTM parameters and `sc` overwrite any the template might carry.
 */
export function buildShareRedirect(input: RedirectInput): string | null {
  let url: URL
  try {
    url = new URL(
      renderProductUrl(input.productUrlTemplate, {
        storefront: input.storefrontUrl,
        handle: input.product.handle,
        id: input.product.id,
        locale: input.locale,
        country: input.country,
      })
    )
  } catch {
    return null
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return null
  }
  if (url.username || url.password) {
    return null
  }
  const allowed = new Set(
    input.allowedOrigins.map((o) => {
      try {
        return new URL(o).origin
      } catch {
        return ""
      }
    })
  )
  if (!allowed.has(url.origin)) {
    return null
  }
  url.searchParams.set("utm_source", input.network)
  url.searchParams.set("utm_medium", "social")
  url.searchParams.set("utm_campaign", "share")
  url.searchParams.set("utm_content", input.product.handle)
  url.searchParams.set("sc", input.code)
  return url.toString()
}
