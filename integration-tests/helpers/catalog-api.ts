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
      return data.channel as { id: string; feed_url: string; [field: string]: any }
    },
    /** Starts a sync through the admin API and waits for its run to end (at most 90 s). */
    async syncAndWait(channelId: string, body: Record<string, unknown> = {}) {
      const { status, data } = await api.post(`/admin/social/channels/${channelId}/sync`, body, admin)
      if (status !== 202) throw new Error(`sync of ${channelId} answered ${status}`)
      for (const deadline = Date.now() + 90_000; Date.now() < deadline; ) {
        const run = (await this.runsOf(channelId)).find((r: any) => r.id === data.run.id)
        if (run && ["succeeded", "failed"].includes(run.status)) return run
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`sync ${data.run.id} did not finish in 90 s`)
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
