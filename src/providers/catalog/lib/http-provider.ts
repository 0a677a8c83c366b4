import { resolveFetch, trimSlash } from "./http"

/** How a provider reaches its platform's API; tests point both at a local contract server. */
export type HttpProviderOptions = {
  /** The API's root (a trailing slash is dropped); the platform's own by default. */
  baseUrl?: string
  /** The fetch to call it with; the global one by default. */
  fetch?: typeof fetch
}

/**
 * What every catalog provider sets up the same way before its own options: the API root it calls,
 * without a trailing slash so that `${baseUrl}/path` has one, and the fetch it calls it with.
 */
export abstract class HttpCatalogProvider {
  protected readonly baseUrl: string
  protected readonly fetch: typeof fetch

  constructor(options: HttpProviderOptions, defaultBaseUrl: string) {
    this.baseUrl = trimSlash(options.baseUrl ?? defaultBaseUrl)
    this.fetch = resolveFetch(options.fetch)
  }
}
