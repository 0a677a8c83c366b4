import { Module } from "@medusajs/framework/utils"
import ReviewRequestModuleService from "./service"

export const REVIEW_REQUEST_MODULE = "review_request"

export default Module(REVIEW_REQUEST_MODULE, {
  service: ReviewRequestModuleService,
})

export * from "./lib/schedule"
export { signReviewToken, verifyReviewToken } from "./lib/token"
export type { ReviewRequestOptions } from "./options"
export type { default as ReviewRequestModuleService } from "./service"
