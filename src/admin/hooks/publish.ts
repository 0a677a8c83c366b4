import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { Account, ComposerProduct, Markets, Post, PostMetrics } from "../components/publish/types"
import { queryKeys } from "./query-keys"
import { del, get, post, retryUnlessRefused, useAdminMutation } from "./request"

const accountKeys = queryKeys.publishAccounts
const postKeys = queryKeys.publishPosts

export const useAccounts = () =>
  useQuery({
    queryKey: accountKeys.list({ limit: 100 }),
    queryFn: () => get<{ accounts: Account[]; count: number }>("/admin/social/accounts", { limit: 100 }),
    retry: retryUnlessRefused,
  })

export const useAccount = (id: string | undefined) =>
  useQuery({
    queryKey: accountKeys.detail(id ?? ""),
    queryFn: () => get<{ account: Account }>(`/admin/social/accounts/${id}`),
    enabled: !!id,
    retry: retryUnlessRefused,
  })

/** Connects (no `account`) or edits an account; the caller shows a refused save's fields. */
export const useSaveAccount = (account: Account | null, handlers: { onSuccess: (a: Account) => void; onError: (e: Error) => void }) =>
  useAdminMutation({
    mutationFn: (body: object) => post<{ account: Account }>(account ? `/admin/social/accounts/${account.id}` : "/admin/social/accounts", body),
    invalidate: [accountKeys.all],
    success: account ? "Account saved" : "Account connected",
    failure: "The account was not saved",
    onSuccess: ({ account: saved }) => handlers.onSuccess(saved),
    onError: handlers.onError,
  })

export const useDeleteAccount = (id: string, onSuccess: () => void) =>
  useAdminMutation({
    mutationFn: () => del(`/admin/social/accounts/${id}`),
    invalidate: [accountKeys.lists()],
    success: "Account disconnected",
    onSuccess,
  })

export type CheckOutcome = { outcome: "connected" | "refused" | "unreachable"; message: string }

/**
 * Checks the account's connection (POST /admin/social/accounts/:id/check). A refusal is an
 * answer (200 with `outcome: "refused"` and what to do), not an error: `onChecked` gets every
 * answer, so the page can show the platform's line beside the status it refreshes.
 */
export const useCheckAccount = (id: string, onChecked: (check: CheckOutcome) => void) =>
  useAdminMutation({
    mutationFn: () => post<{ account: Account; check: CheckOutcome }>(`/admin/social/accounts/${id}/check`),
    invalidate: [accountKeys.all],
    success: ({ check }) => (check.outcome === "connected" ? "Connected" : check.outcome === "refused" ? "The platform refused the connection" : "The platform could not be reached"),
    failure: "The connection was not checked",
    onSuccess: ({ check }) => onChecked(check),
  })

export type PostQuery = { account_id?: string; status?: string; product_id?: string; from?: string; to?: string; limit: number; offset?: number; fields?: "+metrics" }

/** Posts by account, status and time: the calendar's weeks and the drafts without a date. */
export const usePosts = (query: PostQuery, options: { follow?: boolean } = {}) =>
  useQuery({
    queryKey: postKeys.list(query),
    queryFn: () => get<{ posts: Post[]; count: number }>("/admin/social/posts", query),
    placeholderData: keepPreviousData,
    // `follow`: while a shown post is due or being published, read again until its outcome (the
    // permalink, or the platform's message) is there.
    refetchInterval: (q) => (options.follow && q.state.data?.posts.some(awaitingOutcome) ? 5000 : false),
    retry: retryUnlessRefused,
  })

const awaitingOutcome = (p: Post) => p.status === "publishing" || (p.status === "scheduled" && !!p.scheduled_at && Date.parse(p.scheduled_at) <= Date.now())

export const usePost = (id: string | undefined) =>
  useQuery({
    queryKey: postKeys.detail(id ?? ""),
    queryFn: () => get<{ post: Post }>(`/admin/social/posts/${id}`),
    enabled: !!id,
    retry: retryUnlessRefused,
  })

/** What a post did: its platform's figures, its link's clicks, its attributed orders. */
export const usePostMetrics = (id: string | undefined, enabled = true) =>
  useQuery({
    queryKey: postKeys.detail(id ?? "", { metrics: true }),
    queryFn: () => get<{ metrics: PostMetrics & { post_id: string } }>(`/admin/social/posts/${id}/metrics`),
    enabled: !!id && enabled,
    retry: retryUnlessRefused,
  })

/** Creates (no `post`) or edits a post; the server composes it again and names a refused field. */
export const useSavePost = (existing: Post | null, handlers: { onSuccess: (p: Post) => void; onError: (e: Error) => void }) =>
  useAdminMutation({
    mutationFn: (body: object) => post<{ post: Post }>(existing ? `/admin/social/posts/${existing.id}` : "/admin/social/posts", body),
    invalidate: [postKeys.all],
    success: ({ post: saved }) => (saved.status === "scheduled" ? "Post scheduled" : saved.status === "held" ? "Post held" : "Draft saved"),
    failure: "The post was not saved",
    onSuccess: ({ post: saved }) => handlers.onSuccess(saved),
    onError: handlers.onError,
  })

/**
 * Moves a post to another time (the update route). A post a worker has picked up answers 409:
 * `onError` gets the post's id, so the calendar says so beside that post, not only in a toast.
 */
export const useMovePost = (onError: (postId: string, e: Error) => void) =>
  useAdminMutation({
    mutationFn: ({ id, scheduled_at, time_zone }: { id: string; scheduled_at: string; time_zone: string }) => post<{ post: Post }>(`/admin/social/posts/${id}`, { scheduled_at, time_zone }),
    invalidate: [postKeys.all],
    success: "Post moved",
    failure: "The post was not moved",
    onError: (e, { id }) => onError(id, e),
  })

export const useDeletePost = (onSuccess: () => void) =>
  useAdminMutation({
    mutationFn: (id: string) => del(`/admin/social/posts/${id}`),
    invalidate: [postKeys.all],
    success: "Post deleted",
    onSuccess,
  })

type StoreRow = { supported_currencies?: { currency_code: string; is_default: boolean }[]; supported_locales?: { locale_code: string }[] | null }

/**
 * The markets a post can target, as the posts route checks them: the store's currencies (its
 * default first) and its locales, plus "en". Locales added only by the plugin's `locales` option
 * are not readable here; the server accepts them all the same.
 */
export function useMarkets() {
  const store = useQuery({
    // The default fields: they hold the locales only where Medusa's translation feature is on.
    queryKey: queryKeys.stores.list({ limit: 1 }),
    queryFn: () => get<{ stores: StoreRow[] }>("/admin/stores", { limit: 1 }),
    staleTime: 60_000,
    retry: retryUnlessRefused,
  })
  const row = store.data?.stores[0]
  const list = row?.supported_currencies ?? []
  const def = (list.find((c) => c.is_default)?.currency_code ?? list[0]?.currency_code ?? "usd").toLowerCase()
  const markets: Markets = {
    currencies: [def, ...list.map((c) => c.currency_code.toLowerCase()).filter((c) => c !== def)],
    default_currency: def,
    locales: [...new Set(["en", ...(row?.supported_locales ?? []).map((l) => l.locale_code)])],
  }
  return { markets, isLoading: store.isLoading }
}

/** Products matching a search, for the composer's picker. */
export const useProductSearch = (q: string) =>
  useQuery({
    queryKey: queryKeys.products.list({ q, fields: "id,title" }),
    queryFn: () => get<{ products: { id: string; title: string }[] }>("/admin/products", { q: q.trim() || undefined, fields: "id,title", limit: 20 }),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  })

const PRODUCT_FIELDS = "id,title,description,thumbnail,collection.title,variants.id,variants.title,variants.prices.amount,variants.prices.currency_code"

/** The product a post is about: what its preview shows (title, photo, prices, variants). */
export const useComposerProduct = (id: string | undefined) =>
  useQuery({
    queryKey: queryKeys.products.detail(id ?? "", { fields: PRODUCT_FIELDS }),
    queryFn: () => get<{ product: ComposerProduct }>(`/admin/products/${id}`, { fields: PRODUCT_FIELDS }),
    enabled: !!id,
    retry: retryUnlessRefused,
  })
