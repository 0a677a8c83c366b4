import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Api = {
  get: (url: string, config?: any) => Promise<any>
  post: (url: string, body?: any, config?: any) => Promise<any>
}

/** A test's view of the catalog admin API: channels, runs and the items the admin lists. */
export function catalogApi(api: Api, admin: { headers: Record<string, string> }, salesChannelId: string) {
  return {
    async createChannel(body: Record<string, unknown>) {
      const { data } = await api.post(
        "/admin/social/channels",
        { name: "Test", language: "en", country: "us", currency_code: "usd", sales_channel_id: salesChannelId, ...body },
        admin
      )
      return data.channel as { id: string }
    },
    /** The channel's runs, newest first. */
    async runsOf(channelId: string) {
      return (await api.get(`/admin/social/channels/${channelId}/runs`, admin)).data.runs as any[]
    },
    async itemsOf(channelId: string, query = "status=all") {
      const { data } = await api.get(`/admin/social/channels/${channelId}/items?${query}&limit=200`, admin)
      return data.items as any[]
    },
  }
}

/** Collects the payloads of an event as the local event bus releases it. */
export function collectEvents(container: MedusaContainer, eventName: string) {
  const seen: any[] = []
  const emitter = (container.resolve(Modules.EVENT_BUS) as any).eventEmitter_
  const listener = (event: any) => seen.push(event?.data ?? event)
  emitter.on(eventName, listener)
  return { seen, stop: () => emitter.removeListener(eventName, listener) }
}
