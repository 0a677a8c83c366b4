import type { PublishNetwork } from "../../modules/social-publish/lib/networks"
import { facebookProvider } from "./facebook"
import { instagramProvider } from "./instagram"
import { linkedinProvider } from "./linkedin"
import { pinterestProvider } from "./pinterest"
import { tiktokProvider } from "./tiktok"
import type { PublishProvider } from "./types"
import { xProvider } from "./x"

export * from "./types"

/** The platforms' own API origins, per API. */
export const PLATFORM_ORIGINS = {
  graph: "https://graph.facebook.com",
  x: "https://api.x.com",
  pinterest: "https://api.pinterest.com",
  linkedin: "https://api.linkedin.com",
  tiktok: "https://open.tiktokapis.com",
  /** LinkedIn's OAuth endpoints are on another host than its API. */
  linkedin_oauth: "https://www.linkedin.com",
} as const

export type PlatformApi = keyof typeof PLATFORM_ORIGINS

export const API_OF: Record<PublishNetwork, PlatformApi> = {
  facebook: "graph",
  instagram: "graph",
  x: "x",
  pinterest: "pinterest",
  linkedin: "linkedin",
  tiktok: "tiktok",
}

/** Where each network's OAuth token endpoint lives (its API's host, except LinkedIn's). */
export const OAUTH_API_OF: Record<PublishNetwork, PlatformApi> = { ...API_OF, linkedin: "linkedin_oauth" }

const PROVIDERS: Record<PublishNetwork, PublishProvider> = {
  facebook: facebookProvider,
  instagram: instagramProvider,
  pinterest: pinterestProvider,
  x: xProvider,
  linkedin: linkedinProvider,
  tiktok: tiktokProvider,
}

/** The provider of a network (null for a network this version does not know). */
export function publishProvider(network: PublishNetwork): PublishProvider | null {
  return PROVIDERS[network] ?? null
}

/** The origin of one of a network's APIs: the configured one (`publishEndpoints`), else the platform's. */
export function apiOrigin(endpoints: Partial<Record<PlatformApi, string>> | undefined, api: PlatformApi): string {
  return (endpoints?.[api] ?? PLATFORM_ORIGINS[api]).replace(/\/+$/, "")
}
