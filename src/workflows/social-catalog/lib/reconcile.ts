import type { MedusaContainer } from "@medusajs/framework/types"
import { resolveCatalogProvider } from "../../../providers/catalog/registry"
import type { CatalogProvider, Market } from "../../../providers/catalog/types"
import { catalogService, type Channel } from "./channel"

export type ReconcileResult = { remote: number; orphans_deleted: number; missing_requeued: number }

/**
 * The daily reconcile: every id the platform holds that the snapshot does not know is deleted
 * remotely (a product deleted while events were lost), and every synced row the platform does
 * not hold is marked dirty to be sent again. Remote ids are read page by page; only the set of
 * remote ids (strings) is held, not items.
 */
export async function reconcileChannel(container: MedusaContainer, channel: Channel, provider?: CatalogProvider): Promise<ReconcileResult> {
  const service = catalogService(container)
  const credentials = await service.openCredentials(channel.id)
  const p = provider ?? resolveCatalogProvider(channel.destination, { baseUrl: credentials.api_base_url })
  const market: Market = { country: channel.country.toUpperCase(), language: channel.language, currency_code: channel.currency_code.toUpperCase() }
  const result: ReconcileResult = { remote: 0, orphans_deleted: 0, missing_requeued: 0 }
  const remote = new Set<string>()
  const orphans: string[] = []
  for await (const ids of p.listRemoteIds(market, credentials)) {
    result.remote += ids.length
    ids.forEach((id) => remote.add(id))
    const known = await service.getSnapshotRows(channel.id, ids)
    const knownIds = new Set(known.map((r) => r.variant_id))
    orphans.push(...ids.filter((id) => !knownIds.has(id)))
  }
  for (let i = 0; i < orphans.length; i += p.maxBatchSize) {
    const batch = orphans.slice(i, i + p.maxBatchSize)
    await p.submit(batch.map((id) => ({ method: "delete" as const, id })), market, credentials)
    result.orphans_deleted += batch.length
  }
  let after: string | null = null
  for (;;) {
    const rows = await service.pageItems(channel.id, after, 2000, { columns: ["id", "variant_id", "status"] })
    if (!rows.length) break
    after = rows[rows.length - 1].id
    const missing = rows.filter((r) => r.status === "synced" && !remote.has(r.variant_id)).map((r) => r.id)
    if (missing.length) {
      await service.updateItemsById(missing, { dirty: true, last_sent_hash: null, status: "not_sent" })
      result.missing_requeued += missing.length
    }
  }
  return result
}
