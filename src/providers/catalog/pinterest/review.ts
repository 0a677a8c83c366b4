/**
 * Pinterest's verdict on catalog items. Pinterest's v5 API has no per-item review status on its
 * items listing; what it documents per item is the feed processing's item issues:
 * - `GET /v5/catalogs/feeds` lists the feeds (`default_country`, `default_locale`, `status`);
 * - `GET /v5/catalogs/feeds/{feed_id}/processing_results` their processing results (`status`
 *   COMPLETED / PROCESSING / FAILED, `created_at`, `validation_details.errors` and `.warnings`:
 *   the number of items per issue code);
 * - `GET /v5/catalogs/processing_results/{id}/item_issues` the items behind those numbers:
 *   `{item_id, item_number, errors: {CODE: {attribute_name, provided_value}}, warnings: {...}}`,
 *   "up to 20 random samples of affected items for each error and warning code".
 * An error there means the item was not published; a warning does not keep it out.
 */
import type { Market, RemoteIssue, RemoteItem } from "../types"
import { codeAsWords, issueCode } from "../lib/issue-code"

/** Pinterest returns at most this many items per issue code of a processing result. */
export const PINTEREST_ISSUE_SAMPLE = 20

/** A channel market's feeds: same country, same language, not inactive, of the channel's catalog when it names one. */
export function pinterestFeedsFor(feeds: any[], market: Market, catalogId?: string | null): any[] {
  const language = market.language.slice(0, 2).toLowerCase()
  return feeds.filter((f) => {
    if (String(f?.status ?? "").toUpperCase() === "INACTIVE") return false
    if (f?.catalog_type && f.catalog_type !== "RETAIL") return false
    if (catalogId && f?.catalog_id && String(f.catalog_id) !== String(catalogId)) return false
    if (f?.default_country && String(f.default_country).toUpperCase() !== market.country.toUpperCase()) return false
    if (f?.default_locale && String(f.default_locale).slice(0, 2).toLowerCase() !== language) return false
    return true
  })
}

/** The newest COMPLETED processing result of a feed (a FAILED or PROCESSING one has no item verdicts), or null. */
export function latestCompletedResult(results: any[]): any | null {
  const done = results.filter((r) => String(r?.status ?? "").toUpperCase() === "COMPLETED")
  done.sort((a, b) => Date.parse(b.created_at ?? "") - Date.parse(a.created_at ?? "") || 0)
  return done[0] ?? null
}

function issues(map: any, severity: RemoteIssue["severity"]): RemoteIssue[] {
  if (!map || typeof map !== "object") return []
  return Object.entries(map).map(([code, details]: [string, any]) => {
    const value = details?.provided_value
    return {
      code: issueCode("pinterest", code),
      message: codeAsWords(code) + (value != null && value !== "" ? `: ${value}` : ""),
      severity,
      attribute: details?.attribute_name ? String(details.attribute_name).toLowerCase() : null,
    }
  })
}

/** One item_issues record's errors (disapprovals) and warnings. */
export function pinterestRecordIssues(record: any): RemoteIssue[] {
  return [...issues(record?.errors, "disapproved"), ...issues(record?.warnings, "warning")]
}

export type PinterestReview = {
  /** item id -> its issues, for the items the processing results name. */
  byItem: Map<string, RemoteIssue[]>
  /**
   * Whether every item with an error is among them. Pinterest samples up to 20 items per code:
   * a code counted more often than it was sampled leaves items out, and for those an absence of
   * issues is no verdict.
   */
  complete: boolean
}

/**
 * Gathers the item issues of processing results: `records` are item_issues entries, `counts` the
 * `validation_details.errors` of the same results (code -> items), summed over the results.
 */
export function pinterestReview(records: any[], counts: Record<string, number> | null): PinterestReview {
  const byItem = new Map<string, RemoteIssue[]>()
  const sampled = new Map<string, Set<string>>()
  for (const record of records) {
    if (record?.item_id == null) continue
    const id = String(record.item_id)
    byItem.set(id, [...(byItem.get(id) ?? []), ...pinterestRecordIssues(record)])
    for (const code of Object.keys(record?.errors ?? {})) {
      sampled.set(code, (sampled.get(code) ?? new Set()).add(id))
    }
  }
  const complete = counts
    ? Object.entries(counts).every(([code, n]) => !(Number(n) > 0) || Number(n) <= (sampled.get(code)?.size ?? 0))
    : [...sampled.values()].every((ids) => ids.size < PINTEREST_ISSUE_SAMPLE)
  return { byItem, complete }
}

/** A listed item with what the processing results say about it (undecided when it may be outside the sample). */
export function pinterestRemoteItem(id: string, review: PinterestReview | null): RemoteItem {
  const listed = review?.byItem.get(id) ?? []
  // Sampled for a warning only, its errors may be among those not sampled: no verdict either.
  const decided = !review || review.complete || listed.some((i) => i.severity === "disapproved")
  return decided ? { id, issues: listed } : { id, issues: listed, undecided: true }
}
