import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { components } from "../../client/openapi"
import { queryKeys } from "./query-keys"
import { get, post, retryUnlessRefused, useAdminMutation } from "./request"

type Item = components["schemas"]["AdminInboxItem"]

/**
 * GET /admin/social/inbox's items as this page asks for them: the default fields, always there
 * (the document marks them optional because `fields` may leave them out), and the joined product.
 */
export type InboxItem = Required<Pick<Item, "id" | "account_id" | "network" | "post_id" | "product_id" | "kind" | "author_name" | "author_handle" | "text" | "commented_at" | "status" | "replied_at" | "reply_text">> &
  Pick<Item, "product">

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
