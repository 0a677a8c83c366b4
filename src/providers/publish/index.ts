import type { PublishNetwork } from "../../modules/social-publish/lib/networks"
import { facebookProvider } from "./facebook"
import { instagramProvider } from "./instagram"
import { pinterestProvider } from "./pinterest"
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
} as const

export const API_OF: Record<PublishNetwork, keyof typeof PLATFORM_ORIGINS> = {
  facebook: "graph",
  instagram: "graph",
  x: "x",
  pinterest: "pinterest",
  linkedin: "linkedin",
  tiktok: "tiktok",
}

const PROVIDERS: Partial<Record<PublishNetwork, PublishProvider>> = {
  facebook: facebookProvider,
  instagram: instagramProvider,
  pinterest: pinterestProvider,
  x: xProvider,
}

/** The provider of a network, or null where publishing is not built yet (LinkedIn, TikTok). */
export function publishProvider(network: PublishNetwork): PublishProvider | null {
  return PROVIDERS[network] ?? null
}

/** The API origin a network's calls go to: the configured one (`publishEndpoints`), else the platform's. */
export function apiOrigin(network: PublishNetwork, endpoints: Partial<Record<keyof typeof PLATFORM_ORIGINS, string>> | undefined): string {
  return (endpoints?.[API_OF[network]] ?? PLATFORM_ORIGINS[API_OF[network]]).replace(/\/+$/, "")
}
