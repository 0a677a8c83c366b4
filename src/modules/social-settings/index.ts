import { Module } from "@medusajs/framework/utils"
import SocialSettingsModuleService from "./service"
import validateOptionsLoader from "./loaders/validate-options"

export const SOCIAL_SETTINGS_MODULE = "social_settings"

export default Module(SOCIAL_SETTINGS_MODULE, {
  service: SocialSettingsModuleService,
  loaders: [validateOptionsLoader],
})

export * from "./types"
export * from "./lib/vocabulary"
export { renderProductUrl, productUrlTemplateProblem } from "./lib/product-url"
export { parsePluginOptions, type PluginOptions, type PluginOptionsInput } from "./options"
