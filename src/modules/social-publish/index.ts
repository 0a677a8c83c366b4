import { Module } from "@medusajs/framework/utils"
import SocialPublishModuleService from "./service"

export const SOCIAL_PUBLISH_MODULE = "social_publish"

export default Module(SOCIAL_PUBLISH_MODULE, {
  service: SocialPublishModuleService,
})
