import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../modules/social-attribution/service"
import { backoffMs, CONVERSION_PROVIDERS, sendConversion } from "../../../providers/conversions"

/**
 * This step sends the due outbox rows to their platforms. Each row is claimed first (attempt
 * counted, a lease set), so concurrent workers never send one row twice; the platforms also
 * deduplicate on event_id. A failure the platform calls temporary is retried with exponential
 * backoff and jitter (or after the wait the platform asked for); after `maxAttempts`, or on a
 * permanent error, the row is marked failed with the platform's message. Sends cannot be undone,
 * so there is no compensation.
 */
export const deliverConversionEventsStep = createStep(
  "deliver-conversion-events",
  async (input: { limit?: number }, { container }) => {
    const service = container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
    const options = service.getPluginOptions().conversions
    const rows = await service.claimDueConversionEvents({ limit: input.limit ?? 100, leaseMs: 5 * 60_000 })
    const counts = { sent: 0, retry: 0, failed: 0 }
    for (const row of rows) {
      const config = options[row.destination]
      const provider = CONVERSION_PROVIDERS[row.destination]
      let outcome: "sent" | "retry" | "failed"
      let error: string | null = null
      let retry_at: Date | null = null
      if (!config) {
        outcome = "failed"
        error = `${row.destination} is not configured`
      } else {
        const result = await sendConversion(provider, provider.buildRequest(row.payload, config))
        if (result.ok) {
          outcome = "sent"
        } else {
          error = result.error.slice(0, 1000)
          const canRetry = result.retryable && row.attempts < options.maxAttempts
          outcome = canRetry ? "retry" : "failed"
          retry_at = canRetry ? new Date(Date.now() + Math.max(backoffMs(row.attempts), result.retryAfterMs ?? 0)) : null
        }
      }
      await service.recordDelivery({ id: row.id, outcome, error, retry_at })
      counts[outcome]++
    }
    return new StepResponse(counts)
  }
)
