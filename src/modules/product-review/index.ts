import { Module } from "@medusajs/framework/utils"
import ProductReviewModuleService from "./service"

export const PRODUCT_REVIEW_MODULE = "product_review"

export default Module(PRODUCT_REVIEW_MODULE, {
  service: ProductReviewModuleService,
})

export * from "./lib/vocabulary"
export * from "./lib/stats"
export { reviewOrder } from "./lib/sort"
export type { ReviewOptions } from "./service"
export type { default as ProductReviewModuleService } from "./service"
