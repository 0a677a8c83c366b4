import { createWorkflow, parallelize, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  anonymiseCustomerReviewsStep,
  anonymiseCustomerShareLinksStep,
  eraseCustomerAttributionStep,
  eraseCustomerQuestionsStep,
  eraseCustomerReviewRequestsStep,
  eraseCustomerRewardsStep,
} from "../steps/erase-customer-data"

export const eraseCustomerSocialDataWorkflowId = "erase-customer-social-data"

/**
 * This workflow erases or anonymises everything personal the plugin holds about a deleted
 * customer: reviews' author name and votes, share links' sharer, referrals and the grant ledger's
 * customer link, touches, attribution traces and conversion events' hashed identifiers, review
 * requests' email (nothing more is sent), and the name and email on their questions and answers. Started by
 * the `customer.deleted` subscriber; idempotent (a second run changes nothing).
 *
 * @example
 * await eraseCustomerSocialDataWorkflow(container).run({ input: { customer_id: "cus_123" } })
 */
export const eraseCustomerSocialDataWorkflow = createWorkflow(
  eraseCustomerSocialDataWorkflowId,
  function (input: { customer_id: string }) {
    const [reviews, share, rewards, attribution, requests, questions] = parallelize(
      anonymiseCustomerReviewsStep(input),
      anonymiseCustomerShareLinksStep(input),
      eraseCustomerRewardsStep(input),
      eraseCustomerAttributionStep(input),
      eraseCustomerReviewRequestsStep(input),
      eraseCustomerQuestionsStep(input)
    )
    return new WorkflowResponse(
      transform({ reviews, share, rewards, attribution, requests, questions }, (r) => ({
        reviews: r.reviews,
        share_links: r.share.links,
        rewards: r.rewards,
        attribution: r.attribution,
        review_requests: r.requests.review_requests,
        questions: r.questions,
      }))
    )
  }
)
