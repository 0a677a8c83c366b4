import { Module } from "@medusajs/framework/utils"
import SocialCatalogModuleService from "./service"

export const SOCIAL_CATALOG_MODULE = "social_catalog"

export default Module(SOCIAL_CATALOG_MODULE, {
  service: SocialCatalogModuleService,
})

export * from "./types"
