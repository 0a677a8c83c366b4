import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SocialEvents, type OrderAttributedEvent } from "../../../lib/events"
import { prepareOrderAttributionStep } from "../steps/prepare-order-attribution"
import { writeOrderAttributionStep } from "../steps/write-order-attribution"

export const attributeOrderWorkflowId = "attribute-order"

/**
 * This workflow attributes a placed order to the touches that brought it: it resolves the touches
 * of the order's cart, visitor and customer within the window, computes last non-direct (the
 * default), first, last and linear credits, writes one attribution per order with its decision
 * trace, queues the conversion events, and emits `social.order.attributed`. Running it twice for
 * the same order writes one row and emits once.
 *
 * @example
 * await attributeOrderWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const attributeOrderWorkflow = createWorkflow(attributeOrderWorkflowId, function (input: { order_id: string }) {
  const prepared = prepareOrderAttributionStep(input)
  const written = writeOrderAttributionStep(prepared.input)
  when({ written }, ({ written }) => written.created).then(() => {
    const data = transform({ prepared }, ({ prepared }): OrderAttributedEvent => {
      const a = prepared.input!
      return {
        order_id: a.order_id,
        customer_id: a.customer_id,
        model: a.model,
        network: a.network === "direct" ? null : a.network,
        campaign: a.campaign,
        share_code: a.share_code,
        referral_code: a.referral_code,
        revenue: Number(a.total),
        currency_code: a.currency_code,
      }
    })
    emitEventStep({ eventName: SocialEvents.ORDER_ATTRIBUTED, data })
  })
  return new WorkflowResponse(written)
})
