import { MedusaError } from "@medusajs/framework/utils"
import type { CatalogProvider } from "./types"
import { createCatalogProvider } from "./index"
import type { CredentialRotation } from "./pinterest/auth"

export type Destination = CatalogProvider["destination"]
export type ProviderOptions = {
  baseUrl?: string
  /** The fetch every call goes through (production: one that refuses private addresses at call time). */
  fetch?: typeof fetch
  /** Where a credential the platform rotated (Pinterest's refresh token) is stored. */
  onCredentialRotated?: (rotation: CredentialRotation) => Promise<void>
}
export type ProviderFactory = (options: ProviderOptions) => CatalogProvider

// On globalThis rather than in this module: tests and a host app may load this file through a
// different module instance than the one the workflows use, and must still reach the same map.
const REGISTRY_KEY = Symbol.for("medusa-plugin-social-commerce.catalog-providers")
const overrides: Map<Destination, ProviderFactory> = ((globalThis as any)[REGISTRY_KEY] ??= new Map())

/**
 * Replaces a destination's provider (tests, or a store with its own adapter). Returns a function
 * that puts the previous one back.
 */
export function registerCatalogProvider(destination: Destination, factory: ProviderFactory) {
  const previous = overrides.get(destination)
  overrides.set(destination, factory)
  return () => (previous ? overrides.set(destination, previous) : overrides.delete(destination))
}

/**
 * The push provider of a destination: an override when one is registered, else the built-in one
 * (which talks to the real platform; `baseUrl` points it at a local contract server in tests).
 */
export function resolveCatalogProvider(destination: Destination, options: ProviderOptions = {}): CatalogProvider {
  const override = overrides.get(destination)
  if (override) return override(options)
  try {
    return createCatalogProvider(destination, options)
  } catch (e) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `No push provider for ${destination}; use mode "feed"`)
  }
}
