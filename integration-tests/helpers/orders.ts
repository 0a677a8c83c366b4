import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  beginReceiveReturnWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  createAndCompleteReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  createOrderFulfillmentWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { TestEventUtils } from "@medusajs/test-utils"
import { completeCart, createCart, type Shop } from "./commerce"

/**
 * Orders and their reversals through Medusa's own flows, so the plugin's subscribers receive the
 * events exactly as Medusa emits them (name, payload, timing) rather than hand-made ones.
 */

/** Runs `fn` and waits until every subscriber of `event` that it triggered has run. */
export async function andWait<T>(container: MedusaContainer, event: string, fn: () => Promise<T>): Promise<T> {
  const done = TestEventUtils.waitSubscribersExecution(event, container.resolve(Modules.EVENT_BUS) as any)
  const result = await fn()
  await done
  return result
}

export type PlacedOrder = {
  id: string
  total: number
  items: { id: string; product_id: string; quantity: number }[]
  payment_id: string
}

/**
 * A customer (or guest) checks out over the store API: cart, address, shipping, a payment session
 * with the system provider, then `POST /store/carts/:id/complete` (Medusa's completeCartWorkflow,
 * which emits `order.placed`). Resolves once the `order.placed` subscribers have run.
 */
export async function placeOrder(
  api: any,
  container: MedusaContainer,
  shop: Shop,
  headers: Record<string, string>,
  email: string,
  items: { variant_id: string; quantity: number }[] = [{ variant_id: shop.variant_id, quantity: 2 }]
): Promise<PlacedOrder> {
  const order = await andWait(container, "order.placed", async () => {
    const cart = await createCart(api, shop, headers, email, items)
    return completeCart(api, shop, cart.id, headers)
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [row],
  } = await query.graph({
    entity: "order",
    fields: ["id", "total", "items.id", "items.product_id", "items.quantity", "payment_collections.payments.id"],
    filters: { id: order.id },
  })
  const o = row as any
  return {
    id: o.id,
    total: Number(o.total),
    items: o.items.map((i: any) => ({ id: i.id, product_id: i.product_id, quantity: Number(i.quantity) })),
    payment_id: o.payment_collections[0].payments[0].id,
  }
}

/** The admin cancels the order (cancelOrderWorkflow, as `POST /admin/orders/:id/cancel`). */
export function cancelOrder(container: MedusaContainer, orderId: string) {
  return andWait(container, "order.canceled", () => cancelOrderWorkflow(container).run({ input: { order_id: orderId } }))
}

/** Ships every item of the order from the shop's warehouse (createOrderFulfillmentWorkflow). */
export function fulfillOrder(container: MedusaContainer, shop: Shop, order: PlacedOrder) {
  return createOrderFulfillmentWorkflow(container).run({
    input: {
      order_id: order.id,
      location_id: shop.stock_location_id,
      items: order.items.map((i) => ({ id: i.id, quantity: i.quantity })),
    },
  })
}

/**
 * The customer returns these lines (createAndCompleteReturnOrderWorkflow, as the store's return
 * route), then the warehouse receives them as the admin does (begin receive, receive the items,
 * confirm: confirmReturnReceiveWorkflow emits `order.return_received`). Its `receive_now` shortcut
 * is not used: in 2.21 it receives every line of the order, so a partial return fails with
 * "Cannot receive more items than what was requested".
 */
export async function returnItems(container: MedusaContainer, shop: Shop, orderId: string, items: { id: string; quantity: number }[]) {
  const { result: created } = await createAndCompleteReturnOrderWorkflow(container).run({
    input: {
      order_id: orderId,
      items,
      return_shipping: { option_id: shop.return_shipping_option_id },
      location_id: shop.stock_location_id,
    } as any,
  })
  const returnId = (created as any).id as string
  await beginReceiveReturnWorkflow(container).run({ input: { return_id: returnId } })
  await receiveItemReturnRequestWorkflow(container).run({ input: { return_id: returnId, items } })
  await andWait(container, "order.return_received", () => confirmReturnReceiveWorkflow(container).run({ input: { return_id: returnId } }))
  return { id: returnId }
}

/** Captures the order's authorized payment (capturePaymentWorkflow, as the admin's "Capture"). */
export function capturePayment(container: MedusaContainer, paymentId: string, amount: number) {
  return capturePaymentWorkflow(container).run({ input: { payment_id: paymentId, amount } })
}

/** Refunds part of a captured payment (refundPaymentWorkflow, which emits `payment.refunded`). */
export function refundPayment(container: MedusaContainer, paymentId: string, amount: number) {
  return andWait(container, "payment.refunded", () => refundPaymentWorkflow(container).run({ input: { payment_id: paymentId, amount } }))
}
