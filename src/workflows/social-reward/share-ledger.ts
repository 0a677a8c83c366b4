import type { MedusaContainer } from "@medusajs/framework/types"
import { SOCIAL_SHARE_MODULE } from "../../modules/social-share"
import type SocialShareModuleService from "../../modules/social-share/service"
import { SOCIAL_ATTRIBUTION_MODULE } from "../../modules/social-attribution"
import type SocialAttributionModuleService from "../../modules/social-attribution/service"
import type { ShareTimeline } from "../../modules/social-reward/lib/share-reach"

/*
 * What the rewards capability reads of the share and attribution ledgers, through their module
 * services (never their tables). The live reward path and the simulation read the same rows, so a
 * simulation says what the live path would have granted.
 */

const PAGE = 500
const BATCH_FIELDS = ["id", "share_link_id", "first_click_at", "last_click_at", "new_visitors"]

/** Rows of a MedusaService list method, keyed by id page after page (never OFFSET), up to `max`. */
async function listAll<T extends { id: string }>(
  list: (filters: Record<string, unknown>, config: Record<string, unknown>) => Promise<T[]>,
  filters: Record<string, unknown>,
  select: string[],
  max: number
): Promise<T[]> {
  const rows: T[] = []
  let after: string | null = null
  for (;;) {
    const page = await list(after ? { ...filters, id: { $gt: after } } : filters, { select, take: PAGE, order: { id: "ASC" } })
    rows.push(...page)
    if (page.length < PAGE || rows.length >= max) return rows
    after = page[page.length - 1].id
  }
}

function shareService(container: MedusaContainer) {
  return container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
}

/**
 * One link's timeline for the live path: its first click and the first `visitors` batches that
 * brought new visitors (that is all `shareReach` needs to decide), so the read stays bounded
 * however popular the link is.
 */
export async function shareTimelineOf(container: MedusaContainer, linkId: string, visitors: number): Promise<ShareTimeline> {
  const share = shareService(container)
  const [first] = await share.listSocialShareClickBatches(
    { share_link_id: linkId },
    { select: ["id", "first_click_at"], order: { first_click_at: "ASC" }, take: 1 }
  )
  const batches = await share.listSocialShareClickBatches(
    { share_link_id: linkId, new_visitors: { $gt: 0 } },
    { select: BATCH_FIELDS, order: { last_click_at: "ASC" }, take: Math.max(1, Math.min(visitors, 10_000)) }
  )
  return { first_click_at: first?.first_click_at ?? null, batches }
}

/** Defaults of the share_visitors fraud signals (the rule's trigger_config may set them). */
export const SHARE_SIGNAL_DEFAULTS = { max_devices_per_network: 5, min_page_load_ratio: 0.5 }

/**
 * Fraud signals of a share link for a share_visitors rule (each sends the grant to review):
 * - `share_network_crowd`: one network brought more devices than `max_devices_per_network`
 *   (someone rotating the `sc_vid` cookie or the user agent; they count as one visitor anyway);
 * - `share_few_page_loads`: fewer page loads than `min_page_load_ratio` of the required visitors.
 *   A page load is a touch the storefront recorded with the link's code (`sc`, which the
 *   redirect adds to the product page URL), counted once per IP; clicks that never reach a page
 *   are scripts. Checked only when the attribution module is there and switched on.
 */
export async function shareSignalsOf(
  container: MedusaContainer,
  linkId: string,
  cfg: { visitors?: number; max_devices_per_network?: number; min_page_load_ratio?: number },
  attributionOn: boolean
): Promise<string[]> {
  const signals: string[] = []
  const share = shareService(container)
  const maxDevices = cfg.max_devices_per_network ?? SHARE_SIGNAL_DEFAULTS.max_devices_per_network
  if ((await share.maxDevicesPerNetwork(linkId)) > maxDevices) {
    signals.push("share_network_crowd")
  }
  const ratio = cfg.min_page_load_ratio ?? SHARE_SIGNAL_DEFAULTS.min_page_load_ratio
  if (ratio > 0 && attributionOn && container.hasRegistration(SOCIAL_ATTRIBUTION_MODULE)) {
    const [link] = await share.listSocialShareLinks({ id: linkId }, { select: ["id", "code"], take: 1 })
    const needed = Math.ceil((cfg.visitors ?? 1) * ratio)
    const touches = link
      ? await container
          .resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
          .listSocialTouches({ share_code: link.code }, { select: ["id", "visitor_id", "ip_hash"], take: 10_000 })
      : []
    const loads = new Set(touches.map((t: any) => t.ip_hash ?? `v:${t.visitor_id}`)).size
    if (loads < needed) {
      signals.push("share_few_page_loads")
    }
  }
  return signals
}

export type SharerLink = { id: string; code: string; product_id: string; customer_id: string }

/**
 * The customers' share links that brought new visitors since `since`, each with its whole
 * timeline (for the simulation).
 */
export async function shareTimelinesSince(container: MedusaContainer, since: Date, max: number) {
  const share = shareService(container)
  const recent = await listAll<any>(
    share.listSocialShareClickBatches.bind(share),
    { last_click_at: { $gte: since }, new_visitors: { $gt: 0 } },
    ["id", "share_link_id"],
    max
  )
  const linkIds = [...new Set(recent.map((b) => b.share_link_id as string))]
  if (!linkIds.length) return []
  const links = (await share.listSocialShareLinks(
    { id: linkIds, customer_id: { $ne: null } },
    { select: ["id", "code", "product_id", "customer_id"], take: linkIds.length }
  )) as unknown as SharerLink[]
  const batches = await listAll<any>(
    share.listSocialShareClickBatches.bind(share),
    { share_link_id: links.map((l) => l.id) },
    BATCH_FIELDS,
    max * 10
  )
  return links.map((link) => {
    const mine = batches.filter((b) => b.share_link_id === link.id)
    const first = mine.reduce<Date | null>((m, b) => (!m || new Date(b.first_click_at) < m ? new Date(b.first_click_at) : m), null)
    return { link, timeline: { first_click_at: first, batches: mine } as ShareTimeline }
  })
}

/** Customers' share links by code. */
export async function sharerLinksByCode(container: MedusaContainer, codes: string[]): Promise<Map<string, SharerLink>> {
  if (!codes.length) return new Map()
  const links = (await shareService(container).listSocialShareLinks(
    { code: codes },
    { select: ["id", "code", "product_id", "customer_id"], take: codes.length }
  )) as unknown as SharerLink[]
  return new Map(links.map((l) => [l.code, l]))
}

export type ShareOrder = { order_id: string; customer_id: string | null; share_code: string; total: number; placed_at: Date }

/** Orders the attribution ledger credits to a share link, placed since `since`. */
export async function shareOrdersSince(container: MedusaContainer, since: Date, max: number): Promise<ShareOrder[]> {
  const attribution = container.resolve<SocialAttributionModuleService>(SOCIAL_ATTRIBUTION_MODULE)
  const rows = await listAll<any>(
    attribution.listSocialOrderAttributions.bind(attribution),
    { share_code: { $ne: null }, placed_at: { $gte: since } },
    ["id", "order_id", "customer_id", "share_code", "total", "placed_at"],
    max
  )
  return rows.map((r) => ({
    order_id: r.order_id,
    customer_id: r.customer_id ?? null,
    share_code: r.share_code,
    total: Number(r.total),
    placed_at: new Date(r.placed_at),
  }))
}
