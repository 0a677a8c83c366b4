import { Module } from "@medusajs/framework/utils"
import SocialShareModuleService from "./service"

export const SOCIAL_SHARE_MODULE = "social_share"

export default Module(SOCIAL_SHARE_MODULE, {
  service: SocialShareModuleService,
})

export type { ShareLinkRecord, ShareLinkStats, RecordedClicks } from "./service"
