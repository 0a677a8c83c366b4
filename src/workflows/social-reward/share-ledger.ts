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
  return { first_click_at: first?.first_click_at ?? null, batches: batches as any }
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
