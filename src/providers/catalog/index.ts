/**
 * The catalog providers by destination, for the sync: `createCatalogProvider("meta")` gives the
 * provider that talks to the real platform; tests pass `{ baseUrl }` of a contract server.
 */
import type { CatalogProvider } from "./types"
import GoogleCatalogProvider, { GoogleProviderOptions } from "./google"
import MetaCatalogProvider, { MetaProviderOptions } from "./meta"
import PinterestCatalogProvider, { PinterestProviderOptions } from "./pinterest"
import TikTokCatalogProvider, { TikTokProviderOptions } from "./tiktok"

export * from "./types"
export { withRetry, retryDelay, nextAttemptAt, backoffDelay, isRetryable, TransientError } from "./lib/retry"
export { BatchFailedError, CredentialsError, PlatformError } from "./lib/http"
export { AccessTokenCache, sharedTokenCache } from "./lib/oauth/token-cache"
export type { CredentialRotation } from "./pinterest/auth"
export { credentialProblems, parseServiceAccountCredential } from "./credentials"
export type { GoogleUpdateLedger } from "./google/update-ledger"

export type CatalogDestination = CatalogProvider["destination"]

export type ProviderOptions = {
  meta: MetaProviderOptions
  google: GoogleProviderOptions
  pinterest: PinterestProviderOptions
  tiktok: TikTokProviderOptions
}

/** The credential keys each destination needs ("?" marks an optional one). */
export const CATALOG_CREDENTIAL_KEYS: Record<CatalogDestination, string[]> = {
  meta: MetaCatalogProvider.credentialKeys,
  google: GoogleCatalogProvider.credentialKeys,
  pinterest: PinterestCatalogProvider.credentialKeys,
  tiktok: TikTokCatalogProvider.credentialKeys,
}

/**
 * The ways each destination signs in: one of these sets of credentials is needed for a push (the
 * first one stored wins). Meta's system user tokens and TikTok's long-term tokens do not expire.
 */
export const CATALOG_SIGN_IN: Record<CatalogDestination, string[][]> = {
  meta: [["access_token"]],
  google: GoogleCatalogProvider.credentialSets,
  pinterest: PinterestCatalogProvider.credentialSets,
  tiktok: [["access_token"]],
}

export function createCatalogProvider<D extends CatalogDestination>(
  destination: D,
  options: ProviderOptions[D] = {} as ProviderOptions[D]
): CatalogProvider {
  switch (destination) {
    case "meta":
      return new MetaCatalogProvider(options as MetaProviderOptions)
    case "google":
      return new GoogleCatalogProvider(options as GoogleProviderOptions)
    case "pinterest":
      return new PinterestCatalogProvider(options as PinterestProviderOptions)
    case "tiktok":
      return new TikTokCatalogProvider(options as TikTokProviderOptions)
    default:
      throw new Error(`no catalog provider for destination "${destination}"`)
  }
}
