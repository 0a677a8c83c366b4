import { Module } from "@medusajs/framework/utils"
import SocialCatalogModuleService from "./service"

export const SOCIAL_CATALOG_MODULE = "social_catalog"

export default Module(SOCIAL_CATALOG_MODULE, {
  service: SocialCatalogModuleService,
})

/** The catalog module's service from a container or a request's scope. */
export function catalogModule(scope: { resolve<T>(key: string): T }): SocialCatalogModuleService {
  return scope.resolve<SocialCatalogModuleService>(SOCIAL_CATALOG_MODULE)
}

export * from "./types"
