/**
 * TikTok's review of catalog products, as `GET /catalog/product/get/` (API for Business v1.3)
 * returns it on each product: `audit.audit_status` (`approved`, `rejected`, `processing`) and,
 * for a rejected product, `audit.reject_info` [{reason, suggestion, affected_placement,
 * affected_country}]. Some client libraries of the endpoint spell the list `rejected_info`; both
 * spellings are read.
 */
import type { RemoteIssue, RemoteItem } from "../types"
import { issueCode } from "../lib/issue-code"

function rejectIssue(info: any): RemoteIssue {
  const reason = String(info?.reason ?? "").trim()
  const suggestion = String(info?.suggestion ?? "").trim()
  const countries: string[] = Array.isArray(info?.affected_country) ? info.affected_country.map(String) : []
  const where = countries.length ? ` (${countries.join(", ")})` : ""
  return {
    code: issueCode("tiktok", reason, "rejected"),
    message: ([reason, suggestion].filter(Boolean).join(": ") || "TikTok rejected this product in its review") + where,
    severity: "disapproved",
    attribute: null,
  }
}

/**
 * One listed product as a reconcile item: `rejected` gives one disapproval per reject reason (a
 * generic one when TikTok gave none); `processing` is no verdict yet (a product whose image is
 * under 500 x 500 pixels stays there, TikTok says, until a new image is sent); `approved`, or no
 * audit at all, has no issue.
 */
export function tiktokRemoteItem(product: any): RemoteItem {
  const id = String(product?.sku_id)
  const audit = product?.audit ?? {}
  const status = String(audit.audit_status ?? "").toLowerCase()
  if (status === "processing") return { id, issues: [], undecided: true }
  if (status !== "rejected") return { id, issues: [] }
  const infos: any[] = Array.isArray(audit.reject_info) ? audit.reject_info : Array.isArray(audit.rejected_info) ? audit.rejected_info : []
  const issues = infos.map(rejectIssue)
  return { id, issues: issues.length ? issues : [rejectIssue({})] }
}
