import { MedusaError } from "@medusajs/framework/utils"
import type { CatalogProvider } from "./types"

export type Destination = CatalogProvider["destination"]
export type ProviderOptions = { baseUrl?: string }
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
 * The push provider of a destination. Each lives in `./<destination>/` and default-exports a class
 * constructed with `{ baseUrl? }` (tests point it at a local contract server). Loaded lazily so
 * that a store that only uses feeds never loads the API clients.
 */
export function createCatalogProvider(destination: Destination, options: ProviderOptions = {}): CatalogProvider {
  const override = overrides.get(destination)
  if (override) return override(options)
  let mod: any
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    mod = require(`./${destination}`)
  } catch (e: any) {
    if (e?.code === "MODULE_NOT_FOUND") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `No push provider for ${destination} is installed; use mode "feed"`)
    }
    throw e
  }
  const Provider = mod.default ?? mod
  return new Provider(options) as CatalogProvider
}
