import { randomUUID } from "crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SOCIAL_SHARE_MODULE } from "../../src/modules/social-share"
import type SocialShareModuleService from "../../src/modules/social-share/service"
import { getOrCreateShareLinksWorkflow } from "../../src/workflows/social-share/workflows/get-or-create-share-links"
import { flushShareClicksWorkflow } from "../../src/workflows/social-share/workflows/flush-share-clicks"
import { SOCIAL_SETTINGS_MODULE } from "../../src/modules/social-settings"
import type SocialSettingsModuleService from "../../src/modules/social-settings/service"
import { clickVisitor, visitorKeys } from "../../src/modules/social-share/lib/visitor"
import type { EventRelay } from "./relay"
import type { Random } from "./shop"

export type DemoLink = { id: string; code: string; network: string; product_id: string; handle: string; customer_id: string; sharedAt: number }

/** A person's click carries the address and browser /s/:code would see (documentation ranges). */
export type Click = { link: DemoLink; at: number; bot: boolean; visitor: { ip: string; userAgent: string } | null }

const BROWSERS = [
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [Pinterest/iOS]",
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
]

const DAY = 86_400_000
// Where shoppers share, most often first (the demo's mix, not a measured one).
const NETWORKS = ["facebook", "pinterest", "whatsapp", "x", "facebook", "pinterest", "instagram", "email"]

/**
 * Share links of several shoppers on several networks, as the share route makes them when a
 * shopper taps "share" (one link per sharer, product and network).
 */
export async function createShareLinks(
  container: MedusaContainer,
  input: { sharers: { customer_id: string }[]; products: { id: string; handle: string }[]; start: number; rand: Random }
): Promise<DemoLink[]> {
  const links: DemoLink[] = []
  for (const sharer of input.sharers) {
    const product = input.rand.pick(input.products)
    const networks = [...new Set([input.rand.pick(NETWORKS), input.rand.pick(NETWORKS)])]
    const { result } = await getOrCreateShareLinksWorkflow(container).run({
      input: networks.map((network) => ({
        product_id: product.id,
        customer_id: sharer.customer_id,
        network,
        creator_visitor_hash: randomUUID(),
        locale: "",
        currency_code: "eur",
      })),
    })
    const sharedAt = input.start + input.rand.next() * 20 * DAY
    for (const l of result) {
      links.push({ id: l.id, code: l.code, network: l.network, product_id: product.id, handle: product.handle, customer_id: sharer.customer_id, sharedAt })
    }
  }
  return links
}

/**
 * Clicks on a link after it was shared: the network's link previewer when it was posted (a bot),
 * then people over the following days, most in the first two. Returns them in time order.
 */
export function clicksFor(links: DemoLink[], now: number, rand: Random): Click[] {
  const clicks: Click[] = []
  for (const link of links) {
    for (let i = rand.int(1, 3); i > 0; i--) clicks.push({ link, at: link.sharedAt + rand.int(1, 60) * 1000, bot: true, visitor: null })
    const people = rand.int(0, 9)
    const seen: NonNullable<Click["visitor"]>[] = []
    for (let i = 0; i < people; i++) {
      const at = Math.min(now - 60_000, link.sharedAt + Math.pow(rand.next(), 3) * 8 * DAY)
      // Some come back: one visitor, several clicks.
      const visitor = seen.length && rand.chance(0.2) ? rand.pick(seen) : { ip: `198.51.${rand.int(0, 255)}.${rand.int(1, 254)}`, userAgent: rand.pick(BROWSERS) }
      seen.push(visitor)
      clicks.push({ link, at, bot: false, visitor })
    }
  }
  return clicks.sort((a, b) => a.at - b.at)
}

/**
 * Writes clicks as /s/:code does (buffered by the share module) and flushes them a day at a time
 * through the flush workflow, whose `social.share.clicked` the relay hands to the reward
 * subscriber (share_visitors rules). `afterPersonClick` records what the person did next (the
 * landing the storefront reports). Returns how many were written.
 */
export async function recordClicks(container: MedusaContainer, relay: EventRelay, clicks: Click[], afterPersonClick?: (click: Click) => Promise<void>) {
  const share = container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
  const { secret } = container.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions()
  let day = -1
  for (const c of clicks) {
    const d = Math.floor(c.at / DAY)
    if (day !== -1 && d !== day) {
      await flushShareClicksWorkflow(container).run({})
      await relay.settle()
    }
    day = d
    // The visitor's keys as /s/:code makes them (one visitor per network and link).
    const visitor = c.visitor ? clickVisitor(visitorKeys(secret, c.visitor)) : null
    await share.recordClick({ share_link_id: c.link.id, at: c.at, bot: c.bot, self: false, visitor })
    // Before the day's flush: the share reward's fraud check counts the storefront's page loads.
    if (!c.bot && afterPersonClick) {
      await afterPersonClick(c)
    }
  }
  await flushShareClicksWorkflow(container).run({})
  await relay.settle()
  return clicks.length
}
