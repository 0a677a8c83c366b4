import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { Overview } from "../components/overview/types"
import { queryKeys } from "./query-keys"
import { get, retryUnlessRefused } from "./request"

/** The overview for a date range; the previous range's figures stay shown while the next load. */
export const useOverview = (range: { from: string; to: string }) =>
  useQuery({
    queryKey: queryKeys.overview.detail("range", range),
    queryFn: () => get<{ overview: Overview }>("/admin/social/overview", range),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  })
