import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { queryKeys } from "./query-keys"
import { get, post, retryUnlessRefused, useAdminMutation } from "./request"

/** GET /admin/social/inbox's items (with `product.title` joined). */
export type InboxItem = {
  id: string
  account_id: string
  network: "facebook" | "instagram" | "x"
  post_id: string | null
  product_id: string | null
  kind: "comment" | "reply" | "mention"
  author_name: string | null
  author_handle: string | null
  text: string
  commented_at: string
  status: "open" | "done" | "hidden"
  replied_at: string | null
  reply_text: string | null
  product?: { id: string; title?: string } | null
}

export type InboxQuery = { limit: number; offset: number; status?: string; network?: string }

/** The default fields and the product's title, joined through the read-only product link. */
const LIST_FIELDS = "+product.id,+product.title"

export const useInbox = (query: InboxQuery) =>
  useQuery({
    queryKey: queryKeys.inbox.list(query),
    queryFn: () => get<{ items: InboxItem[]; count: number }>("/admin/social/inbox", { ...query, fields: LIST_FIELDS }),
    placeholderData: keepPreviousData,
    // New comments arrive by webhook and by the poll: the open list reads itself again each minute.
    refetchInterval: 60_000,
    retry: retryUnlessRefused,
  })

/** Answer publicly, hide, or mark done; the list is read again after each. */
export const useInboxAction = (itemId: string) =>
  useAdminMutation({
    mutationFn: ({ action, body }: { action: "reply" | "hide" | "done"; body?: object; done: string }) => post<{ item: InboxItem }>(`/admin/social/inbox/${itemId}/${action}`, body ?? {}),
    invalidate: [queryKeys.inbox.all],
    success: (_, { done }) => done,
  })
