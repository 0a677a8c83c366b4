import type { RemoteIssue } from "../../../providers/catalog/types"

/** The part of a snapshot row the review outcome depends on. */
export type ReviewedRow = { status: string; remote_status?: string | null; dirty?: boolean | null }

/**
 * What a platform's later review of an accepted item means for its snapshot row, or null for
 * nothing to change. Only a row whose current content the platform holds is judged (synced, or
 * disapproved before and unchanged since): a row waiting to be sent would get a verdict about
 * content it is about to replace.
 *
 * A disapproval is an error with the platform's messages (Google's disapprovals, Meta's and
 * TikTok's rejections, Pinterest's feed processing errors), listed for the admin; the row stays
 * clean, because sending the same content again would not change the verdict (a change of the
 * product does). Demotions and warnings do not keep the item out of the shop and are left alone.
 */
export function reviewOutcome(row: ReviewedRow, issues: RemoteIssue[], o: { undecided?: boolean } = {}) {
  if (row.dirty) return null
  // No verdict on this content yet (review under way, or the item may be outside a sample).
  if (o.undecided) return null
  const held = row.status === "synced" || row.remote_status === "disapproved"
  if (!held) return null
  const disapprovals = issues.filter((i) => i.severity === "disapproved")
  if (disapprovals.length) {
    const errors = disapprovals.map((i) => ({ code: i.code, field: i.attribute ?? "", message: i.message, source: "platform_review" }))
    return {
      kind: "disapproved" as const,
      update: { status: "error", remote_status: "disapproved", error_code: errors[0].code, errors: JSON.stringify(errors) },
    }
  }
  if (row.remote_status === "disapproved") {
    return {
      kind: "cleared" as const,
      update: { status: "synced", remote_status: "ok", error_code: null, errors: JSON.stringify([]) },
    }
  }
  return null
}
