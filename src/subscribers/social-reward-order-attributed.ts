import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SocialEvents, type OrderAttributedEvent } from "../lib/events"
import { grantRewardsWorkflow } from "../workflows/social-reward/workflows/grant-rewards"
import { claimReferralWorkflow } from "../workflows/social-reward/workflows/claim-referral"
import { qualifyReferralWorkflow } from "../workflows/social-reward/workflows/qualify-referral"
import { shareOrderSignals } from "../workflows/social-reward/share-order-signals"

/**
 * An order attributed to a share link or a referral code. A share that sold pays its sharer
 * (share_order rules, held past the return window), unless the buyer looks like the sharer under
 * another name (a guest checkout: same mailbox, visitor, IP network, address or card): then the
 * grant waits for a person (`needs_review` with the signals). A referral code that reached the order
 * through the link, without a claim at checkout, is claimed for the customer and qualified.
 */
export default async function rewardOrderAttributed({ event, container }: SubscriberArgs<OrderAttributedEvent>) {
  const a = event.data
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (a.share_code) {
    // The share links belong to the share capability (social_share module); read them by query.
    let sharer: string | null = null
    let linkId: string | null = null
    let productId: string | null = null
    try {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "social_share_link", fields: ["id", "customer_id", "product_id"], filters: { code: a.share_code } })
      const link: { id: string; customer_id: string | null; product_id: string } | undefined = data[0]
      sharer = link?.customer_id ?? null
      linkId = link?.id ?? null
      productId = link?.product_id ?? null
    } catch (e) {
      logger.warn(`[social] share_order reward skipped: share links cannot be read (${e.message})`)
    }
    if (sharer && linkId && sharer !== a.customer_id) {
      const signals = await shareOrderSignals(container, { order_id: a.order_id, sharer_customer_id: sharer })
      await grantRewardsWorkflow(container).run({
        input: {
          triggers: ["share_order"],
          customer_id: sharer,
          source_type: "share_link",
          source_id: `${linkId}:${a.order_id}`,
          order_id: a.order_id,
          order_value: a.revenue,
          product_id: productId,
          signals: signals.length ? signals : null,
        },
      })
    }
  }
  if (a.referral_code && a.customer_id) {
    const { errors } = await claimReferralWorkflow(container).run({
      input: { customer_id: a.customer_id, code: a.referral_code, ip_ua_hash: null },
      throwOnError: false,
    })
    if (!errors?.length) {
      await qualifyReferralWorkflow(container).run({ input: { order_id: a.order_id } })
    }
  }
}

export const config: SubscriberConfig = { event: SocialEvents.ORDER_ATTRIBUTED, context: { subscriberId: "social-reward-order-attributed" } }
