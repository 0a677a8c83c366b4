import fs from "fs"
import path from "path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { kebabCase, Modules } from "@medusajs/framework/utils"

type Handler = (args: { event: unknown; container: MedusaContainer; pluginOptions: Record<string, unknown> }) => Promise<void>
type Queued = { handler: Handler; event: unknown }

const SUBSCRIBERS = path.resolve(__dirname, "..", "..", "src", "subscribers")

/**
 * The plugin's own subscribers, run on the events that this script's workflows emit, as the
 * server runs them, but when the script says. The demo needs one thing the server never does: an
 * order's date moved into the past BEFORE its `order.placed` is handled (attribution reads the
 * order's date). `medusa exec` subscribes the plugin's subscribers to the event bus as the server
 * does; the relay takes those subscriptions over (same subscriber ids), queues every event, and
 * `settle()` runs the queue, and whatever those subscribers emit, until nothing is left.
 */
export class EventRelay {
  private queue: Queued[] = []
  private handled = 0
  readonly failures: string[] = []

  constructor(private container: MedusaContainer) {}

  start() {
    const eventBus = this.container.resolve(Modules.EVENT_BUS)
    for (const file of fs.readdirSync(SUBSCRIBERS).filter((f) => /\.ts$/.test(f) && !f.includes(".spec."))) {
      // require, not import(): `medusa exec` compiles TypeScript through ts-node's require hook.
      const mod = require(path.join(SUBSCRIBERS, file))
      const events = [mod.config?.event].flat().filter(Boolean) as string[]
      // The id Medusa's subscriber loader gives it: its own, else the handler's name, else the file's.
      const named = mod.default?.name && !mod.default.name.startsWith("_default") ? mod.default.name : null
      const subscriberId = mod.config?.context?.subscriberId ?? kebabCase(named ?? path.parse(file).name)
      for (const name of events) {
        eventBus.unsubscribe(name, mod.default, { subscriberId })
        eventBus.subscribe(name, async (event: object) => void this.queue.push({ handler: mod.default, event: { name, ...event } }), {
          subscriberId: `demo-activity-${subscriberId}`,
        })
      }
    }
  }

  /** Runs every queued event's subscriber, and the events they emit, until the queue stays empty. */
  async settle() {
    for (let idle = 0; idle < 3; ) {
      // Events leave the local event bus on a later tick than the workflow that emitted them.
      await new Promise((r) => setTimeout(r, 5))
      const next = this.queue.shift()
      if (!next) {
        idle++
        continue
      }
      idle = 0
      try {
        await next.handler({ event: next.event, container: this.container, pluginOptions: {} })
        this.handled++
      } catch (e) {
        // As the event bus does: a failing subscriber is logged, the others still run.
        this.failures.push(`${(next.event as { name?: string }).name}: ${(e as Error).message}`)
      }
    }
  }

  /** Events dropped without running (the script's own checkouts before their date is set). */
  discard(filter: (event: any) => boolean) {
    this.queue = this.queue.filter((q) => !filter(q.event))
  }

  get count() {
    return this.handled
  }
}
