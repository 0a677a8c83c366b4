import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { Report } from "../components/attribution/types"
import { queryKeys } from "./query-keys"
import { get, retryUnlessRefused } from "./request"

export type ReportQuery = { from: string; to: string; group_by: string; model: string; currency_code: string }

/**
 * The attribution report for the query last asked for; the last report stays on screen while the
 * next one loads. A refused query (from after to) is not retried: its 400 names the fields.
 */
export const useAttributionReport = (q: ReportQuery) =>
  useQuery({
    queryKey: queryKeys.attribution.detail("report", q),
    queryFn: () => get<{ report: Report }>("/admin/social/attribution/report", { ...q, currency_code: q.currency_code.trim() || undefined }),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  })
