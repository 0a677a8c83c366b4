import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { SOCIAL_SHARE_MODULE } from "../../../modules/social-share"
import type SocialShareModuleService from "../../../modules/social-share/service"
import { SOCIAL_REWARD_MODULE } from "../../../modules/social-reward"
import type SocialRewardModuleService from "../../../modules/social-reward/service"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../modules/social-attribution/service"
import { REVIEW_REQUEST_MODULE } from "../../../modules/review-request"
import type ReviewRequestModuleService from "../../../modules/review-request/service"
import { PRODUCT_QUESTION_MODULE } from "../../../modules/product-question"
import type ProductQuestionModuleService from "../../../modules/product-question/service"

// The erasure steps have no compensation on purpose: undoing an erasure would bring personal data
// back. Each step is idempotent, so an erasure cut short is finished by the next delivery of
// `customer.deleted` (or a rerun of the workflow), never rolled back.

type Input = { customer_id: string }

/** This step removes the author's name from a deleted customer's reviews and unlinks their votes. */
export const anonymiseCustomerReviewsStep = createStep("erase-customer-reviews", async (input: Input, { container }) => {
  const result = await container.resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE).anonymiseCustomer(input.customer_id)
  return new StepResponse(result)
})

/** This step makes a deleted customer's share links anonymous. */
export const anonymiseCustomerShareLinksStep = createStep("erase-customer-share-links", async (input: Input, { container }) => {
  const links = await container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE).anonymiseSharer(input.customer_id)
  return new StepResponse({ links })
})

/** This step erases a deleted customer from referrals and the grant ledger (see the service). */
export const eraseCustomerRewardsStep = createStep("erase-customer-rewards", async (input: Input, { container }) => {
  const result = await container.resolve<SocialRewardModuleService>(SOCIAL_REWARD_MODULE).eraseCustomer(input.customer_id)
  return new StepResponse(result)
})

/** This step erases a deleted customer's touches, attribution traces and conversion identifiers. */
export const eraseCustomerAttributionStep = createStep("erase-customer-attribution", async (input: Input, { container }) => {
  const result = await container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE).eraseCustomer(input.customer_id)
  return new StepResponse(result)
})

/** This step erases a deleted customer's email from review requests and stops what was still to be sent. */
export const eraseCustomerReviewRequestsStep = createStep("erase-customer-review-requests", async (input: Input, { container }) => {
  const result = await container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE).eraseCustomer(input.customer_id)
  return new StepResponse(result)
})

/** This step removes a deleted customer's name and email from their questions and answers. */
export const eraseCustomerQuestionsStep = createStep("erase-customer-questions", async (input: Input, { container }) => {
  const result = await container.resolve<ProductQuestionModuleService>(PRODUCT_QUESTION_MODULE).eraseCustomer(input.customer_id)
  return new StepResponse(result)
})
