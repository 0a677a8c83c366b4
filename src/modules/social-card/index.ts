import { Module } from "@medusajs/framework/utils"
import startCardRenderPool from "./loaders/render-pool"
import SocialCardModuleService from "./service"

export const SOCIAL_CARD_MODULE = "social_card"

export default Module(SOCIAL_CARD_MODULE, {
  service: SocialCardModuleService,
  loaders: [startCardRenderPool],
})

export type { SocialCardRecord } from "./service"
