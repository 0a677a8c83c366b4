import { Module } from "@medusajs/framework/utils"
import ProductQuestionModuleService from "./service"

export const PRODUCT_QUESTION_MODULE = "product_question"

export default Module(PRODUCT_QUESTION_MODULE, {
  service: ProductQuestionModuleService,
})

export * from "./lib/vocabulary"
export type { default as ProductQuestionModuleService } from "./service"
