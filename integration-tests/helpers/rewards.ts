import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { randomUUID } from "crypto"
import { SOCIAL_SHARE_MODULE } from "../../src/modules/social-share"
import type SocialShareModuleService from "../../src/modules/social-share/service"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../src/modules/social-attribution"
import type SocialAttributionModuleService from "../../src/modules/social-attribution/service"

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
export async function createOrder(
  container: MedusaContainer,
  customer: { id: string; email: string },
  address = "1 Main Street",
  unitPrice = 60
) {
  const orderModule = container.resolve(Modules.ORDER)
  const [order] = await orderModule.createOrders([
    {
      currency_code: "eur",
      email: customer.email,
      customer_id: customer.id,
      status: "pending",
      items: [{ title: "Tee", quantity: 1, unit_price: unitPrice }],
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

/**
 * Flushed click batches of a share link, written through the share module as the click flush
 * writes them: each `[at, visitors, bots]` is one batch of that many new distinct visitors (and
 * bot clicks) whose clicks span the ten minutes before `at`.
 */
export async function recordVisits(container: MedusaContainer, linkId: string, batches: [Date, number, number?][]) {
  const share = container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
  for (const [at, visitors, bots = 0] of batches) {
    await share.recordClickBatch({
      batch_id: randomUUID(),
      source: "memory",
      entries: [
        {
          share_link_id: linkId,
          clicks: visitors + bots,
          bot_clicks: bots,
          self_clicks: 0,
          visitors: Array.from({ length: visitors }, () => randomUUID()),
          first_click_at: new Date(at.getTime() - 600_000),
          last_click_at: at,
        },
      ],
    })
  }
}

/** The attribution ledger's row of an order that came through a share link (as order.placed writes it). */
export async function attributeToShare(
  container: MedusaContainer,
  order: { id: string; customer_id?: string | null },
  shareCode: string,
  total: number,
  placedAt: Date
) {
  await container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE).writeAttribution({
    order_id: order.id,
    cart_id: null,
    customer_id: order.customer_id ?? null,
    model: "last_non_direct",
    network: "whatsapp",
    campaign: null,
    share_code: shareCode,
    referral_code: null,
    deciding_touch_id: null,
    total: String(total),
    currency_code: "eur",
    placed_at: placedAt,
    ad_consent: false,
    weights: { last_non_direct: [{ touch_id: null, network: "whatsapp", campaign: null, share_code: shareCode, weight: 1 }] } as any,
    trace: {},
    lines: [],
    conversions: [],
  })
  return {
    order_id: order.id,
    customer_id: order.customer_id ?? null,
    model: "last_non_direct",
    network: "whatsapp",
    campaign: null,
    share_code: shareCode,
    referral_code: null,
    revenue: total,
    currency_code: "eur",
  }
}

/**
 * A captured payment of the order, through the Payment module's system provider and linked to
 * the order as checkout links it: what a refund is later taken from.
 */
export async function payOrder(container: MedusaContainer, orderId: string, amount: number) {
  const payment = container.resolve(Modules.PAYMENT)
  const collection = await payment.createPaymentCollections({ currency_code: "eur", amount } as any)
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.ORDER]: { order_id: orderId },
    [Modules.PAYMENT]: { payment_collection_id: (collection as any).id },
  })
  const session = await payment.createPaymentSession((collection as any).id, {
    provider_id: "pp_system_default",
    currency_code: "eur",
    amount,
    data: {},
  } as any)
  const paid = await payment.authorizePaymentSession(session.id, {})
  await payment.capturePayment({ payment_id: paid!.id, amount } as any)
  return paid!.id
}
