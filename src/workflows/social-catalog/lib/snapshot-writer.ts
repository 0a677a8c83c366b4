import { contentHash } from "../../../modules/social-catalog/lib/hash"
import { entityIds } from "../../../lib/entity-ids"
import type { FeedFormatter } from "../../../modules/social-catalog/lib/formats"
import type { RenderedItem } from "../../../modules/social-catalog/lib/render-item"
import type { Issue } from "../../../modules/social-catalog/lib/validate"
import type { ItemRow, SnapshotRow } from "../../../modules/social-catalog/types"

/** What a page of rendered items changes in the stored snapshot. */
export type PagePlan = {
  /** Rows to insert or update (content or validity changed). */
  writes: SnapshotRow[]
  /** Ids of stored rows whose content did not change: only marked as seen by the run. */
  seen: string[]
  created: number
  /** Rows new to the table (valid or not): what grows it. */
  inserted: number
  updated: number
  unchanged: number
  invalid: number
  invalid_samples: { variant_id: string; product_id: string; errors: Issue[] }[]
  changed_samples: { variant_id: string; change: "create" | "update" }[]
}

/**
 * Change detection for one page: each rendered item's content hash against the stored row's.
 * An unchanged row is not written again (only marked seen); a changed valid row becomes dirty
 * unless the platform already has exactly this content (`last_sent_hash`). The feed row is
 * rendered here, once per change, so that writing the feed is a copy of stored text.
 */
export function planPage(
  rendered: RenderedItem[],
  existing: ItemRow[],
  ctx: { channelId: string; runId: string; formatter: FeedFormatter; sampleSize: number; samplesSoFar: { invalid: number; changed: number } }
): PagePlan {
  const byVariant = new Map(existing.map((r) => [r.variant_id, r]))
  const plan: PagePlan = { writes: [], seen: [], created: 0, inserted: 0, updated: 0, unchanged: 0, invalid: 0, invalid_samples: [], changed_samples: [] }
  const newIds = entityIds("scit", rendered.length)
  for (const r of rendered) {
    const variantId = r.item.id
    const hash = contentHash(r.item)
    const valid = r.errors.length === 0
    const row = byVariant.get(variantId)
    if (!valid) {
      plan.invalid++
      if (ctx.samplesSoFar.invalid + plan.invalid_samples.length < ctx.sampleSize) {
        plan.invalid_samples.push({ variant_id: variantId, product_id: r.product_id, errors: r.errors })
      }
    }
    if (row && row.content_hash === hash && row.valid === valid && !row.to_delete) {
      plan.unchanged++
      plan.seen.push(row.id)
      continue
    }
    if (valid) {
      if (row) plan.updated++
      else plan.created++
      if (ctx.samplesSoFar.changed + plan.changed_samples.length < ctx.sampleSize) {
        plan.changed_samples.push({ variant_id: variantId, change: row ? "update" : "create" })
      }
    }
    if (!row) plan.inserted++
    const alreadySent = !!row && row.last_sent_hash === hash
    plan.writes.push({
      id: row?.id ?? newIds[plan.writes.length],
      channel_id: ctx.channelId,
      variant_id: variantId,
      product_id: r.product_id,
      payload: r.item,
      feed_row: valid ? ctx.formatter.row(r.item) : null,
      content_hash: hash,
      valid,
      status: !valid ? "invalid" : alreadySent ? "synced" : "not_sent",
      error_code: r.errors[0]?.code ?? null,
      errors: r.errors,
      warnings: r.warnings,
      dirty: valid && !alreadySent,
      seen_run_id: ctx.runId,
    })
  }
  return plan
}

/** Fewer new rows than this never call for fresh statistics (a delta, a small shop's sync). */
export const ANALYZE_MIN_ROWS = 1000

/**
 * Whether the snapshot table outgrew its statistics: a run has inserted at least as many rows
 * since they were taken as they describe (and at least ANALYZE_MIN_ROWS). Checked after each
 * page's write, so a first sync refreshes them as the table doubles (1,000-odd rows, then twice
 * that, ...): a few samples per run, each at most 30,000 rows, whatever the catalog's size.
 */
export function outgrewStatistics(statisticsRows: number, insertedSince: number) {
  return insertedSince >= Math.max(ANALYZE_MIN_ROWS, statisticsRows)
}
