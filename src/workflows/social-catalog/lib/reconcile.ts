import type { MedusaContainer } from "@medusajs/framework/types"
import type { CatalogProvider, Market, ProviderCredentials, RemoteItem } from "../../../providers/catalog/types"
import { catalogService, type Channel } from "./channel"
import { reviewOutcome } from "./review"
import { channelProvider } from "./provider"

export type ReconcileResult = {
  remote: number
  orphans_deleted: number
  missing_requeued: number
  /** Items the platform's review disapproved (stored as item errors with its message). */
  disapproved: number
  /** Items disapproved before that the platform now accepts. */
  review_cleared: number
}

/** The provider's listing with review issues when it has one, else its plain id listing. */
async function* remoteItems(p: CatalogProvider, market: Market, credentials: ProviderCredentials): AsyncIterable<RemoteItem[]> {
  if (p.listRemoteItems) {
    yield* p.listRemoteItems(market, credentials)
    return
  }
  for await (const ids of p.listRemoteIds(market, credentials)) yield ids.map((id) => ({ id, issues: [] }))
}

/**
 * The daily reconcile: every id the platform holds that the snapshot does not know is deleted
 * remotely (a product deleted while events were lost), and every synced row the platform does
 * not hold is marked dirty to be sent again. Where the listing carries the platform's review
 * (Google, Meta, Pinterest, TikTok), a disapproved item gets the platform's messages as its
 * errors, and one that is no longer disapproved is synced again. Remote ids are read page by
 * page; only the set of remote ids (strings) is held, not items.
 */
export async function reconcileChannel(container: MedusaContainer, channel: Channel, provider?: CatalogProvider): Promise<ReconcileResult> {
  const service = catalogService(container)
  const credentials = await service.openCredentials(channel.id)
  const p = provider ?? channelProvider(container, channel, credentials)
  const market: Market = { country: channel.country.toUpperCase(), language: channel.language, currency_code: channel.currency_code.toUpperCase() }
  const result: ReconcileResult = { remote: 0, orphans_deleted: 0, missing_requeued: 0, disapproved: 0, review_cleared: 0 }
  const remote = new Set<string>()
  const orphans: string[] = []
  for await (const items of remoteItems(p, market, credentials)) {
    result.remote += items.length
    items.forEach((i) => remote.add(i.id))
    const known = await service.getSnapshotRows(
      channel.id,
      items.map((i) => i.id)
    )
    const byVariant = new Map(known.map((r) => [r.variant_id, r]))
    orphans.push(...items.filter((i) => !byVariant.has(i.id)).map((i) => i.id))
    for (const item of items) {
      const row = byVariant.get(item.id)
      const outcome = row ? reviewOutcome(row, item.issues, { undecided: item.undecided }) : null
      if (!row || !outcome) continue
      await service.updateItemsById([row.id], outcome.update)
      outcome.kind === "disapproved" ? result.disapproved++ : result.review_cleared++
    }
  }
  for (let i = 0; i < orphans.length; i += p.maxBatchSize) {
    const batch = orphans.slice(i, i + p.maxBatchSize)
    await p.submit(
      batch.map((id) => ({ method: "delete" as const, id })),
      market,
      credentials
    )
    result.orphans_deleted += batch.length
  }
  let after: string | null = null
  for (;;) {
    const rows = await service.pageItems(channel.id, after, 2000, { columns: ["id", "variant_id", "status", "remote_status"] })
    if (!rows.length) break
    after = rows[rows.length - 1].id
    // A disapproved item was accepted too: if the platform lost it, it goes again like a synced one.
    const missing = rows.filter((r) => (r.status === "synced" || r.remote_status === "disapproved") && !remote.has(r.variant_id)).map((r) => r.id)
    if (missing.length) {
      await service.updateItemsById(missing, { dirty: true, last_sent_hash: null, status: "not_sent", remote_status: null })
      result.missing_requeued += missing.length
    }
  }
  return result
}
