import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../modules/social-attribution/service"

/** This step deletes touches past their retention period. Deletion of expired data is not undone. */
export const purgeExpiredTouchesStep = createStep("purge-expired-touches", async (_: void, { container }) => {
  const deleted = await container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE).purgeExpiredTouches()
  return new StepResponse({ deleted })
})

/**
 * This step erases a deleted customer's touches and personal traces. Erasure on request is not
 * undone by a compensation: it is the last step of its workflow.
 */
export const eraseCustomerTouchesStep = createStep(
  "erase-customer-touches",
  async (input: { customer_id: string }, { container }) => {
    const result = await container
      .resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
      .eraseCustomer(input.customer_id)
    return new StepResponse(result)
  }
)
