import { Module } from "@medusajs/framework/utils"
import SocialCardModuleService from "./service"

export const SOCIAL_CARD_MODULE = "social_card"

export default Module(SOCIAL_CARD_MODULE, {
  service: SocialCardModuleService,
})

export type { SocialCardRecord } from "./service"
