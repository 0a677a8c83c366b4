import { createWorkflow, parallelize, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  anonymiseCustomerReviewsStep,
  anonymiseCustomerShareLinksStep,
  eraseCustomerAttributionStep,
  eraseCustomerRewardsStep,
} from "../steps/erase-customer-data"

export const eraseCustomerSocialDataWorkflowId = "erase-customer-social-data"

/**
 * This workflow erases or anonymises everything personal the plugin holds about a deleted
 * customer: reviews' author name and votes, share links' sharer, referrals and the grant ledger's
 * customer link, touches, attribution traces and conversion events' hashed identifiers. Started by
 * the `customer.deleted` subscriber; idempotent (a second run changes nothing).
 *
 * @example
 * await eraseCustomerSocialDataWorkflow(container).run({ input: { customer_id: "cus_123" } })
 */
export const eraseCustomerSocialDataWorkflow = createWorkflow(
  eraseCustomerSocialDataWorkflowId,
  function (input: { customer_id: string }) {
    const [reviews, share, rewards, attribution] = parallelize(
      anonymiseCustomerReviewsStep(input),
      anonymiseCustomerShareLinksStep(input),
      eraseCustomerRewardsStep(input),
      eraseCustomerAttributionStep(input)
    )
    return new WorkflowResponse(
      transform({ reviews, share, rewards, attribution }, (r) => ({
        reviews: r.reviews,
        share_links: r.share.links,
        rewards: r.rewards,
        attribution: r.attribution,
      }))
    )
  }
)
