import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  updateCartPromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PromotionActions } from "@medusajs/framework/utils"

export type Market = { region_id: string; currency_code: string; country_code: string; shipping_option_id: string }

export type Buyer = { customer_id: string; email: string; first_name: string; last_name: string }

export type Placed = { order_id: string; cart_id: string; total: number; currency_code: string; customer_id: string }

const ADDRESSES: Record<string, { address_1: string; city: string; postal_code: string }> = {
  de: { address_1: "Torstraße 12", city: "Berlin", postal_code: "10119" },
  fr: { address_1: "2 place du Marché", city: "Lyon", postal_code: "69001" },
  es: { address_1: "Calle Mayor 5", city: "Madrid", postal_code: "28013" },
  it: { address_1: "Via Roma 8", city: "Milano", postal_code: "20121" },
  nl: { address_1: "Prinsengracht 100", city: "Amsterdam", postal_code: "1015 EA" },
  us: { address_1: "500 Market St", city: "San Francisco", postal_code: "94105" },
}

/** The buyer's own address in that country: a house number of their own on the street. */
function addressOf(buyer: Buyer, country: string) {
  const base = ADDRESSES[country]
  const number = 1 + (parseInt(buyer.customer_id.slice(-6), 36) % 400)
  return { ...base, address_1: base.address_1.replace(/\d+\b/, String(number)) }
}

/**
 * Opens a cart for a buyer, as the storefront does through the store API: items, address,
 * shipping, a payment session with the system provider. `beforeComplete` runs on the open cart
 * (binding the visitor's touches, as the storefront does at cart creation).
 */
export async function openCart(
  container: MedusaContainer,
  input: { market: Market; sales_channel_id: string; buyer: Buyer; items: { variant_id: string; quantity: number }[]; promo_code?: string }
) {
  const { market, buyer } = input
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: market.region_id,
      sales_channel_id: input.sales_channel_id,
      customer_id: buyer.customer_id,
      email: buyer.email,
      items: input.items,
      shipping_address: { first_name: buyer.first_name, last_name: buyer.last_name, country_code: market.country_code, ...addressOf(buyer, market.country_code) },
    },
  })
  if (input.promo_code) {
    await updateCartPromotionsWorkflow(container).run({ input: { cart_id: cart.id, promo_codes: [input.promo_code], action: PromotionActions.ADD } })
  }
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: market.shipping_option_id }] } })
  return cart.id
}

/**
 * Pays and completes a cart through Medusa's own checkout (`completeCartWorkflow`), then moves
 * the order's date to `placedAt`: the demo's history is spread over the 30 days before its first
 * run. Only Medusa's order row is dated back (attribution reads the order's date when it handles
 * `order.placed`, which the relay holds until then); nothing is written into the plugin's tables.
 */
export async function completeAt(container: MedusaContainer, cart_id: string, placedAt: Date): Promise<Placed> {
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: (collection as any).id, provider_id: "pp_system_default" } })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart_id } })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "total", "currency_code", "customer_id"], filters: { id: result.id } })
  const order = data[0] as { id: string; total: number; currency_code: string; customer_id: string }
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await db.raw(`UPDATE "order" SET created_at = ?, updated_at = ? WHERE id = ?`, [placedAt, placedAt, order.id])
  return { order_id: order.id, cart_id, total: Number(order.total), currency_code: order.currency_code, customer_id: order.customer_id }
}
