import { useQuery } from "@tanstack/react-query"
import { queryKeys } from "./query-keys"
import { get, retryUnlessRefused } from "./request"

export type ShareLink = {
  id: string
  code: string
  url: string
  network: string
  customer_id: string | null
  created_at: string
  clicks: number
  bot_clicks: number
  self_clicks: number
  distinct_visitors: number
  orders: number
  revenue: Record<string, number>
}

/** A product's share links with what each did, a page at a time. */
export const useShareLinks = (query: { product_id: string; limit: number; offset: number }) =>
  useQuery({
    queryKey: queryKeys.shareLinks.list(query),
    queryFn: () => get<{ share_links: ShareLink[]; count: number }>("/admin/social/share-links", query),
    retry: retryUnlessRefused,
  })
