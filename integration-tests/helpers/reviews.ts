import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerHeaders } from "./auth"

/** A product with one variant, created through the product module. */
export async function createTestProduct(container: MedusaContainer, title: string) {
  const [product] = await container.resolve(Modules.PRODUCT).createProducts([
    {
      title,
      status: "published",
      options: [{ title: "Size", values: ["M"] }],
      variants: [{ title: `${title} M`, sku: `${title.toLowerCase().replace(/\W+/g, "-")}-m`, options: { Size: "M" } }],
    },
  ])
  return product as { id: string; title: string; variants: { id: string }[] }
}

/**
 * A payment of the order as checkout makes it: a payment collection linked to the order, a
 * session with the system provider, authorized (and captured unless `capture` is false).
 */
export async function payTestOrder(container: MedusaContainer, orderId: string, amount: number, currency = "usd", capture = true) {
  const payment = container.resolve(Modules.PAYMENT)
  const collection = await payment.createPaymentCollections({ currency_code: currency, amount } as any)
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.ORDER]: { order_id: orderId },
    [Modules.PAYMENT]: { payment_collection_id: (collection as any).id },
  })
  const session = await payment.createPaymentSession((collection as any).id, {
    provider_id: "pp_system_default",
    currency_code: currency,
    amount,
    data: {},
  } as any)
  const paid = await payment.authorizePaymentSession(session.id, {})
  if (capture) {
    await payment.capturePayment({ payment_id: paid!.id, amount } as any)
  }
  return paid!.id
}

/**
 * A real order of the customer for these products, created through Medusa's order module (the
 * shape the review's purchase check reads with query.graph: order → items.product_id, and its
 * payments), paid (captured) unless `paid` says otherwise.
 */
export async function createTestOrder(
  container: MedusaContainer,
  customer: { id: string; email: string },
  products: { id: string; title: string; variants: { id: string }[] }[],
  status: "pending" | "completed" | "canceled" = "completed",
  paid: "captured" | "authorized" | "unpaid" = "captured"
) {
  const [order] = await container.resolve(Modules.ORDER).createOrders([
    {
      customer_id: customer.id,
      email: customer.email,
      currency_code: "usd",
      status,
      items: products.map((p) => ({
        title: p.title,
        product_id: p.id,
        product_title: p.title,
        variant_id: p.variants[0].id,
        quantity: 1,
        unit_price: 25,
      })),
    } as any,
  ])
  if (paid !== "unpaid" && products.length) {
    await payTestOrder(container, order.id, 25 * products.length, "usd", paid === "captured")
  }
  return order as unknown as { id: string; items: { id: string; product_id: string }[] }
}

/** A logged-in customer who bought the given products (an order each call). */
export async function createBuyer(
  container: MedusaContainer,
  api: any,
  publishable: { headers: Record<string, string> },
  products: { id: string; title: string; variants: { id: string }[] }[]
) {
  const shopper = await createCustomerHeaders(api, publishable)
  const order = products.length ? await createTestOrder(container, shopper.customer, products) : null
  return { ...shopper, order }
}
