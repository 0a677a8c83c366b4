import type { QueryKey } from "@tanstack/react-query"

/**
 * Every query key of the Social pages, in one place, shaped like the dashboard's own
 * (`[resource, "list", { query }]`, `[resource, "detail", id]`): invalidating `all` after a
 * mutation refetches every list and detail of that resource, whatever page shows it.
 */
function keysFor(resource: string) {
  const all = ["social", resource] as const
  return {
    all,
    lists: () => [...all, "list"] as const,
    list: (query?: object) => [...all, "list", ...(query ? [{ query }] : [])] as QueryKey,
    details: () => [...all, "detail"] as const,
    detail: (id: string, query?: object) => [...all, "detail", id, ...(query ? [{ query }] : [])] as QueryKey,
  }
}

export const queryKeys = {
  settings: keysFor("settings"),
  overview: keysFor("overview"),
  attribution: keysFor("attribution"),
  channels: keysFor("channels"),
  destinations: keysFor("destinations"),
  channelRuns: keysFor("channel-runs"),
  channelItems: keysFor("channel-items"),
  reviews: keysFor("reviews"),
  rewardRules: keysFor("reward-rules"),
  rewardGrants: keysFor("reward-grants"),
  referrals: keysFor("referrals"),
  shareLinks: keysFor("share-links"),
  inbox: keysFor("inbox"),
  publishAccounts: keysFor("publish-accounts"),
  publishPosts: keysFor("publish-posts"),
  // Medusa's own resources, read for the channel form's choices...
  regions: keysFor("regions"),
  salesChannels: keysFor("sales-channels"),
  // ...and for the composer's markets and product picker.
  stores: keysFor("stores"),
  products: keysFor("products"),
}
