/**
 * Meta's review of catalog items, as the catalog's products edge returns it
 * (`GET /{catalog_id}/products?fields=retailer_id,review_status,review_rejection_reasons,errors`,
 * Product Item fields of the Marketing API):
 * - `review_status`: `approved`, `rejected`, `pending`, `outdated` (empty before any review).
 * - `review_rejection_reasons`: the reasons of a rejection (Meta's enum names, "ADULT_CONTENT").
 * - `errors`: ProductItemError objects `{title, description, error_type, error_priority}` with
 *   priority HIGH, MEDIUM or LOW: what Commerce Manager shows on the item.
 */
import type { RemoteIssue, RemoteItem } from "../types"
import { codeAsWords, issueCode } from "../lib/issue-code"

/** The product fields the reconcile asks Meta for. */
export const META_REVIEW_FIELDS = ["retailer_id", "review_status", "review_rejection_reasons", "errors"]

const PRIORITY: Record<string, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 }

type MetaItemError = { title?: string; description?: string; error_type?: string; error_priority?: string }

function errorIssue(e: MetaItemError, severity: RemoteIssue["severity"]): RemoteIssue {
  const message = [e.title, e.description].filter(Boolean).join(": ") || codeAsWords(String(e.error_type ?? "error"))
  return { code: issueCode("meta", e.error_type, "error"), message, severity, attribute: null }
}

/**
 * One listed product as a reconcile item. Only `rejected` is a verdict that keeps the item out
 * of the shops: its issues are the rejection reasons and the item's HIGH-priority errors (all of
 * its errors when none is HIGH, a generic one when Meta gave nothing), most important first.
 * `pending` and `outdated` (the review is of older content) are no verdict yet: undecided. Errors
 * of an item that is not rejected do not keep it out and are warnings.
 */
export function metaRemoteItem(product: any): RemoteItem {
  const id = String(product?.retailer_id)
  const status = String(product?.review_status ?? "").toLowerCase()
  const errors: MetaItemError[] = Array.isArray(product?.errors) ? product.errors : []
  const rank = (e: MetaItemError) => PRIORITY[String(e.error_priority ?? "").toUpperCase()] ?? 0
  const sorted = [...errors].sort((a, b) => rank(a) - rank(b))
  if (status === "pending" || status === "outdated") {
    return { id, issues: sorted.map((e) => errorIssue(e, "warning")), undecided: true }
  }
  if (status !== "rejected") return { id, issues: sorted.map((e) => errorIssue(e, "warning")) }

  const reasons: RemoteIssue[] = (Array.isArray(product?.review_rejection_reasons) ? product.review_rejection_reasons : [])
    .filter((r: unknown) => r != null && String(r).trim() !== "")
    .map((r: unknown) => ({ code: issueCode("meta", r), message: String(r), severity: "disapproved" as const, attribute: null }))
  const high = sorted.filter((e) => rank(e) === 0)
  const blocking = high.length ? high : reasons.length ? [] : sorted
  const issues = [...blocking.map((e) => errorIssue(e, "disapproved")), ...reasons]
  const rest = sorted.filter((e) => !blocking.includes(e)).map((e) => errorIssue(e, "warning"))
  if (!issues.length) {
    issues.push({ code: "meta_review_rejected", message: "Meta rejected this item in its review and gave no reason", severity: "disapproved", attribute: null })
  }
  return { id, issues: [...issues, ...rest] }
}
