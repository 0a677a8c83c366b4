import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const REWARD_ISSUED_TEMPLATE = "social-reward-issued"

/**
 * This step tells the customer about an issued code through the Notification module (email
 * channel; the demo's local provider logs it). A notification that fails is logged and does not
 * undo the reward: the code is in the customer's account either way. Idempotency key: the grant.
 */
export const notifyRewardIssuedStep = createStep(
  "notify-reward-issued",
  async (input: { grant_id: string; customer_id: string; code: string | null; expires_at: Date; reward: unknown }, { container }) => {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    if (!input.code) {
      // Not issued (revoked while being issued): nothing to tell.
      return new StepResponse({ notified: false })
    }
    try {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: input.customer_id } })
      const email = data[0]?.email
      if (!email) {
        return new StepResponse({ notified: false })
      }
      await container.resolve(Modules.NOTIFICATION).createNotifications({
        to: email,
        channel: "email",
        template: REWARD_ISSUED_TEMPLATE,
        receiver_id: input.customer_id,
        resource_type: "social_reward_grant",
        resource_id: input.grant_id,
        idempotency_key: `social-reward-issued-${input.grant_id}`,
        data: { code: input.code, expires_at: new Date(input.expires_at).toISOString(), reward: input.reward },
      })
      return new StepResponse({ notified: true })
    } catch (e) {
      logger.warn(`[social] reward ${input.grant_id} issued but the notification failed: ${e.message}`)
      return new StepResponse({ notified: false })
    }
  }
)
