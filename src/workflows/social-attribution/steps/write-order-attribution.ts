import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../modules/social-attribution/service"
import type { WriteAttributionInput } from "../../../modules/social-attribution/types"

/**
 * This step writes the order's attribution, credits, lines and queued conversion events in one
 * transaction; a second run for the same order writes nothing (`created: false`). Its compensation
 * deletes only what this run created.
 */
export const writeOrderAttributionStep = createStep(
  "write-order-attribution",
  async (input: WriteAttributionInput | null, { container }) => {
    if (!input) {
      return new StepResponse({ created: false, attribution_id: null as string | null, conversion_event_ids: [] as string[] }, null)
    }
    const service = container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
    const result = await service.writeAttribution(input)
    return new StepResponse(result, result.created ? input.order_id : null)
  },
  async (order_id, { container }) => {
    if (!order_id) {
      return
    }
    await container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE).deleteAttributionOfOrder(order_id)
  }
)
