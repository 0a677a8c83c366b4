import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"

/** Emits an event as its producer would and waits until its subscribers have run. */
export async function emitAndWait(container: MedusaContainer, name: string, data: unknown) {
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const done = TestEventUtils.waitSubscribersExecution(name, eventBus as any)
  await eventBus.emit({ name, data } as any)
  await done
}

/** A review-approval payload as the reviews capability emits it. */
export function reviewApproved(customerId: string, patch: Record<string, unknown> = {}) {
  return {
    id: `rev_${Math.random().toString(36).slice(2, 10)}`,
    product_id: "prod_test",
    customer_id: customerId,
    verified_purchase: true,
    has_media: false,
    ...patch,
  }
}

/** A placed order for a customer, written through the Order module (no cart needed). */
export async function createOrder(container: MedusaContainer, customer: { id: string; email: string }, address = "1 Main Street") {
  const orderModule = container.resolve(Modules.ORDER)
  const [order] = await orderModule.createOrders([
    {
      currency_code: "eur",
      email: customer.email,
      customer_id: customer.id,
      status: "pending",
      items: [{ title: "Tee", quantity: 1, unit_price: 60 }],
      shipping_address: { first_name: "T", last_name: "S", address_1: address, city: "Paris", postal_code: "75001", country_code: "fr" },
    } as any,
  ])
  return order
}

/** A cart context for the Promotion module's computeActions: what a checkout would ask. */
export function cartContext(customerId: string) {
  return {
    currency_code: "eur",
    customer: { id: customerId },
    items: [{ id: "item_1", quantity: 1, subtotal: 100, original_total: 100, product: { id: "prod_test" } }],
    shipping_methods: [],
  }
}
