import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SOCIAL_SETTINGS_MODULE } from "../../../modules/social-settings"
import type SocialSettingsModuleService from "../../../modules/social-settings/service"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../../modules/social-attribution"
import type SocialAttributionModuleService from "../../../modules/social-attribution/service"
import { buildAttributionInput, type OrderForAttribution } from "../build-attribution"
import type { WriteAttributionInput } from "../../../modules/social-attribution/types"

const toDecimal = (v: unknown): string => {
  const n = typeof v === "object" && v !== null && "numeric" in v ? Number((v as { numeric: unknown }).numeric) : Number(v ?? 0)
  return String(Number.isFinite(n) ? n : 0)
}


type Money = number | string | null | undefined
/** What is read of the placed order (the fields asked of Query below). */
type PlacedOrder = {
  id: string
  customer_id: string | null
  email: string | null
  currency_code: string
  created_at: Date | string
  total: Money
  items?: Array<{ product_id: string | null; quantity: Money; total: Money } | null> | null
  shipping_address?: { phone: string | null } | null
  billing_address?: { phone: string | null } | null
  cart?: { id: string } | null
}
/**
 * This step reads the order (through Query, with its cart over the order-cart link: cart metadata
 * does not reliably reach the order) and the touches of its cart, visitor and customer, then
 * computes every model. It writes nothing, so it has no compensation. Answers `input: null`
 * when attribution is switched off.
 */
export const prepareOrderAttributionStep = createStep(
  "prepare-order-attribution",
  async (input: { order_id: string }, { container }) => {
    const attribution = container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
    const settings = await container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getEffectiveSettings()
    const options = attribution.getPluginOptions()
    if (!options.attribution.enabled || !settings.features.attribution) {
      return new StepResponse({ input: null as WriteAttributionInput | null })
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "email",
        "currency_code",
        "created_at",
        "total",
        "items.product_id",
        "items.quantity",
        "items.total",
        "shipping_address.phone",
        "billing_address.phone",
        "cart.id",
      ],
      filters: { id: input.order_id },
    })
    const o: PlacedOrder | undefined = data[0]
    if (!o) {
      return new StepResponse({ input: null as WriteAttributionInput | null })
    }
    const order: OrderForAttribution = {
      id: o.id,
      cart_id: o.cart?.id ?? null,
      customer_id: o.customer_id ?? null,
      email: o.email ?? null,
      phone: o.shipping_address?.phone ?? o.billing_address?.phone ?? null,
      currency_code: o.currency_code,
      placed_at: new Date(o.created_at),
      total: toDecimal(o.total),
      items: (o.items ?? [])
        .flatMap((i) => (i?.product_id ? [{ ...i, product_id: i.product_id }] : []))
        .map((i) => ({ product_id: i.product_id, quantity: Number(i.quantity ?? 1), total: toDecimal(i.total) })),
    }
    const touches = await attribution.findTouchesForOrder({
      cart_id: order.cart_id,
      customer_id: order.customer_id,
      before: new Date(order.placed_at.getTime() + 60_000),
    })
    return new StepResponse({
      input: buildAttributionInput({ order, touches, options, storefront_url: settings.storefront_url }) as WriteAttributionInput | null,
    })
  }
)
