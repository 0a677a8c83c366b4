import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef } from "react"
import type { Channel, Destination, Item, Preview, Run } from "../components/catalog/types"
import { queryKeys } from "./query-keys"
import { del, get, post, retryUnlessRefused, useAdminMutation } from "./request"

const keys = queryKeys.channels

export const useChannels = () =>
  useQuery({
    queryKey: keys.list(),
    queryFn: () => get<{ channels: Channel[]; count: number }>("/admin/social/channels"),
    retry: retryUnlessRefused,
  })

export const useChannel = (id: string | undefined) =>
  useQuery({
    queryKey: keys.detail(id ?? ""),
    queryFn: () => get<{ channel: Channel }>(`/admin/social/channels/${id}`),
    enabled: !!id,
    retry: retryUnlessRefused,
  })

/** The destinations the server knows, with their feed formats and credential keys (they never change while the page is open). */
export const useDestinations = () =>
  useQuery({
    queryKey: queryKeys.destinations.list(),
    queryFn: () => get<{ destinations: Destination[] }>("/admin/social/channels/destinations"),
    staleTime: Infinity,
    retry: retryUnlessRefused,
  })

type Region = { id: string; name: string; currency_code: string }
type SalesChannel = { id: string; name: string }

/** Medusa's regions and sales channels, the market's choices. */
export function useMarketChoices() {
  const regions = useQuery({
    queryKey: queryKeys.regions.list({ fields: "id,name,currency_code" }),
    queryFn: () => get<{ regions: Region[] }>("/admin/regions", { fields: "id,name,currency_code", limit: 100 }),
    retry: retryUnlessRefused,
  })
  const channels = useQuery({
    queryKey: queryKeys.salesChannels.list({ fields: "id,name" }),
    queryFn: () => get<{ sales_channels: SalesChannel[] }>("/admin/sales-channels", { fields: "id,name", limit: 100 }),
    retry: retryUnlessRefused,
  })
  return { regions: regions.data?.regions ?? [], salesChannels: channels.data?.sales_channels ?? [] }
}

/** Creates (no `channel`) or saves a channel; the caller shows a refused save's fields. */
export const useSaveChannel = (channel: Channel | null, handlers: { onSuccess: (c: Channel) => void; onError: (e: Error) => void }) =>
  useAdminMutation({
    mutationFn: (body: object) => post<{ channel: Channel }>(channel ? `/admin/social/channels/${channel.id}` : "/admin/social/channels", body),
    invalidate: [keys.all, queryKeys.overview.all],
    success: channel ? "Channel saved" : "Channel created",
    failure: "The channel was not saved",
    onSuccess: ({ channel: saved }) => handlers.onSuccess(saved),
    onError: handlers.onError,
  })

export const useDeleteChannel = (id: string, onSuccess: () => void) =>
  useAdminMutation({
    mutationFn: () => del(`/admin/social/channels/${id}`),
    invalidate: [keys.lists(), queryKeys.overview.all],
    onSuccess,
  })

/** The dry run: nothing is written, so nothing is invalidated. */
export const usePreviewChannel = (id: string) =>
  useAdminMutation({ mutationFn: () => post<{ preview: Preview }>(`/admin/social/channels/${id}/preview`) })

export const useSyncChannel = (id: string, onSuccess: () => void) =>
  useAdminMutation({
    mutationFn: () => post<{ already_running: boolean }>(`/admin/social/channels/${id}/sync`),
    invalidate: [queryKeys.channelRuns.all],
    success: (r) => (r.already_running ? "A sync is already running" : "Sync started"),
    onSuccess,
  })

const isActive = (r: Run) => r.status === "queued" || r.status === "running"

/**
 * A channel's runs, polled every 2 s while one is queued or running; when the last one ends, the
 * channel (feed, item counts) and its items are read again.
 */
export function useChannelRuns(id: string, query: { limit: number; cursor?: string }) {
  const client = useQueryClient()
  const runs = useQuery({
    queryKey: queryKeys.channelRuns.list({ id, ...query }),
    queryFn: () => get<{ runs: Run[]; count: number; next_cursor: string | null }>(`/admin/social/channels/${id}/runs`, query),
    refetchInterval: (q) => (q.state.data?.runs.some(isActive) ? 2000 : false),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  })
  const active = runs.data?.runs.some(isActive) ?? false
  const wasActive = useRef(false)
  useEffect(() => {
    if (wasActive.current && !active) {
      void client.invalidateQueries({ queryKey: keys.detail(id) })
      void client.invalidateQueries({ queryKey: queryKeys.channelItems.all })
    }
    wasActive.current = active
  }, [active, client, id])
  return { ...runs, active }
}

export const useChannelItems = (id: string, query: { status: string; limit: number; cursor?: string; code?: string }) =>
  useQuery({
    queryKey: queryKeys.channelItems.list({ id, ...query }),
    queryFn: () => get<{ items: Item[]; count: number; next_cursor: string | null }>(`/admin/social/channels/${id}/items`, query),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  })
