import { Module } from "@medusajs/framework/utils"
import SocialAttributionModuleService from "./service"

export const SOCIAL_ATTRIBUTION_MODULE = "social_attribution"

export default Module(SOCIAL_ATTRIBUTION_MODULE, {
  service: SocialAttributionModuleService,
})

export * from "./types"
export * from "./lib/vocabulary"
export { computeAttribution } from "./lib/attribution-models"
export { classifyTouch } from "./lib/classify"
