import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../modules/social-attribution"
import type SocialAttributionModuleService from "../../modules/social-attribution/service"
import { selfShareSignals, type SelfShareSignal } from "../../modules/social-reward/lib/self-share"
import { customerFacts } from "./steps/referral-steps"

const ADDRESS = ["address_1", "address_2", "postal_code", "city", "country_code"]

type Address = { address_1?: string | null; address_2?: string | null; postal_code?: string | null; city?: string | null; country_code?: string | null }
/** What is read of an order: its payments' provider data (card fingerprints) and, for the sale, the buyer. */
type PaidOrder = { id: string; payment_collections?: Array<{ payments?: Array<{ data?: unknown } | null> } | null> | null }
type SoldOrder = PaidOrder & { email: string | null; customer_id: string | null; shipping_address: Address | null }

/**
 * The self-reward signals of a sale through a sharer's link (see `selfShareSignals`): the order
 * (email, shipping address, payments) and its visit log against the sharer's account, addresses,
 * past orders' payments and logged-in visits. Reads only; nothing to compensate.
 */
export async function shareOrderSignals(
  container: MedusaContainer,
  input: { order_id: string; sharer_customer_id: string }
): Promise<SelfShareSignal[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const paymentFields = ["payment_collections.payments.data"]
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "email", "customer_id", ...ADDRESS.map((f) => `shipping_address.${f}`), ...paymentFields],
    filters: { id: input.order_id },
  })
  const order: SoldOrder | undefined = orders[0]
  if (!order) {
    return []
  }
  const sharer = await customerFacts(container, input.sharer_customer_id)
  const { data: sharerOrders } = await query.graph({
    entity: "order",
    fields: ["id", ...paymentFields],
    filters: { customer_id: input.sharer_customer_id },
    pagination: { take: 50, order: { created_at: "DESC" } },
  })
  const attribution = container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
  const attributed = await attribution.getOrderAttribution(input.order_id)
  const evidence = await attribution.selfShareEvidence({
    cart_id: attributed?.cart_id ?? null,
    order_customer_id: order.customer_id ?? null,
    sharer_customer_id: input.sharer_customer_id,
  })
  const paymentData = (o: PaidOrder) => (o.payment_collections ?? []).flatMap((pc) => (pc?.payments ?? []).map((p) => p?.data))
  return selfShareSignals({
    order: { email: order.email ?? null, shipping_address: order.shipping_address ?? null, payment_data: paymentData(order) },
    sharer: { email: sharer.email, addresses: sharer.addresses, payment_data: (sharerOrders as PaidOrder[]).flatMap(paymentData) },
    evidence,
  })
}
