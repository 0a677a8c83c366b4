import type { ProviderCredentials } from "../types"
import { requestJson, resolveFetch, trimSlash, type JsonResponse } from "./http"
import { withAccessToken } from "./oauth/grant"
import { fingerprint, sharedTokenCache, type AccessTokenCache, type TokenSource } from "./oauth/token-cache"

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

/** The options of a provider that signs in with renewable OAuth tokens. */
export type OAuthProviderOptions = HttpProviderOptions & {
  now?: () => number
  /** Where access tokens are kept; by default the process's cache shared by every run. */
  tokens?: AccessTokenCache
}

/**
 * A provider whose platform signs in with renewable OAuth tokens (Google, Pinterest). The sign-in
 * of each set of credentials is built once for the provider's life, one run: a service account
 * key is parsed once, and a refresh token the platform rotates lives in it, so a second refresh in
 * the run uses the new one. Every call goes with the cached access token; a 401 gets one renewed
 * token and one retry.
 */
export abstract class OAuthCatalogProvider<A extends { source: TokenSource }> extends HttpCatalogProvider {
  protected readonly now: () => number
  protected readonly tokens: AccessTokenCache
  private readonly auths = new Map<string, A>()

  constructor(options: OAuthProviderOptions, defaultBaseUrl: string) {
    super(options, defaultBaseUrl)
    this.now = options.now ?? Date.now
    this.tokens = options.tokens ?? sharedTokenCache
  }

  /** The credentials a sign-in is made of: two channels with the same ones share it. */
  protected abstract signInParts(credentials: ProviderCredentials): (string | null | undefined)[]
  protected abstract createAuth(credentials: ProviderCredentials): A

  protected auth(credentials: ProviderCredentials): A {
    const id = fingerprint(...this.signInParts(credentials))
    let auth = this.auths.get(id)
    if (!auth) {
      auth = this.createAuth(credentials)
      this.auths.set(id, auth)
    }
    return auth
  }

  /** Gets the run's access token before anything is sent: refused credentials fail here, with no row touched. */
  async authorize(credentials: ProviderCredentials): Promise<void> {
    await this.tokens.get(this.auth(credentials).source, this.now())
  }

  /** One API call with the channel's token; a 401 gets one renewed token and one retry. */
  protected call(credentials: ProviderCredentials, url: string, init: RequestInit = {}): Promise<JsonResponse> {
    return withAccessToken(this.tokens, this.auth(credentials).source, this.now, (token) =>
      requestJson(this.fetch, url, { ...init, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } })
    )
  }
}
