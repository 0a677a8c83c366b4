import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVIEW_REQUEST_MODULE } from "../../../modules/review-request"
import type ReviewRequestModuleService from "../../../modules/review-request/service"

export type ScheduleReviewRequestInput = { fulfillment_id: string }

/**
 * This step schedules (or brings forward) the review request of the order a fulfillment belongs
 * to, from the fulfillment's shipment and delivery dates. Nothing happens when requests are
 * switched off, the fulfillment was canceled, or it is neither shipped nor delivered. The lines
 * of that fulfillment become the request's items. Its compensation deletes a request it created.
 */
export const scheduleReviewRequestStep = createStep(
  "schedule-review-request",
  async (input: ScheduleReviewRequestInput, { container }) => {
    const service = container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE)
    const settings = await service.getSettings()
    if (!settings.enabled) {
      return new StepResponse({ request_id: null as string | null, created: false }, null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: fulfillments } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "shipped_at", "delivered_at", "canceled_at", "items.line_item_id", "order.id"],
      filters: { id: input.fulfillment_id },
    })
    const f = fulfillments[0] as any
    if (!f?.order?.id || f.canceled_at || (!f.shipped_at && !f.delivered_at)) {
      return new StepResponse({ request_id: null as string | null, created: false }, null)
    }
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "email", "shipping_address.country_code", "items.id", "items.product_id", "items.product_title", "items.title", "items.thumbnail"],
      filters: { id: f.order.id },
    })
    const order = orders[0] as any
    const lines = new Set<string>((f.items ?? []).map((i: any) => i.line_item_id))
    const items = (order?.items ?? [])
      .filter((i: any) => i.product_id && lines.has(i.id))
      .map((i: any) => ({ order_line_item_id: i.id, product_id: i.product_id, title: i.product_title || i.title, thumbnail: i.thumbnail ?? null }))
    const result = await service.scheduleRequest(
      {
        order_id: order.id,
        customer_id: order.customer_id ?? null,
        email: order.email ?? null,
        country_code: order.shipping_address?.country_code?.toLowerCase() ?? null,
        shipped_at: f.shipped_at ? new Date(f.shipped_at) : null,
        delivered_at: f.delivered_at ? new Date(f.delivered_at) : null,
        items,
      },
      settings
    )
    return new StepResponse(
      { request_id: result?.id ?? null, created: result?.created ?? false },
      result?.created ? result.id : null
    )
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<ReviewRequestModuleService>(REVIEW_REQUEST_MODULE).deleteReviewRequests(createdId)
  }
)
