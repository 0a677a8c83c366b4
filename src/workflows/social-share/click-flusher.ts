import type { MedusaContainer } from "@medusajs/framework/types"
import { SOCIAL_SHARE_MODULE } from "../../modules/social-share"
import type SocialShareModuleService from "../../modules/social-share/service"
import { flushShareClicksWorkflow } from "./workflows/flush-share-clicks"

/**
 * Runs the click flush in this process: every `shareClickFlushIntervalMs` once a click has been
 * seen, and once more when Medusa prepares to shut down (the module's `onApplicationPrepareShutdown`
 * hook, which runs after the HTTP server stopped taking requests and before the database closes).
 *
 * Why a timer and not only a scheduled job: jobs run in the worker, but without Redis the clicks
 * sit in the memory of the server process that took them, and cron has one-minute steps. The
 * scheduled job (src/jobs/flush-share-clicks.ts) still runs to pick up Redis batches left by a
 * process that died.
 */
const state: { timer: NodeJS.Timeout | null; running: Promise<unknown> | null; again: boolean } = {
  timer: null,
  running: null,
  again: false,
}

export function ensureShareClickFlusher(container: MedusaContainer) {
  if (state.timer) {
    return
  }
  const service = container.resolve<SocialShareModuleService>(SOCIAL_SHARE_MODULE)
  const interval = service.getPluginOptions().shareClickFlushIntervalMs
  state.timer = setInterval(() => void flushShareClicks(container).catch(() => undefined), interval)
  // The timer must not keep a process alive that is otherwise done (tests, CLI commands).
  state.timer.unref()
  service.onPrepareShutdown(async () => {
    if (state.timer) {
      clearInterval(state.timer)
      state.timer = null
    }
    await flushShareClicks(container)
  })
}

/**
 * One flush at a time per process: a call during a flush waits for it and then flushes again, so
 * that a caller always sees its own earlier clicks recorded when the promise resolves.
 */
export async function flushShareClicks(container: MedusaContainer): Promise<void> {
  while (state.running) {
    await state.running.catch(() => undefined)
  }
  const run = flushShareClicksWorkflow(container)
    .run({ throwOnError: true })
    .catch((e) => {
      container.resolve("logger").error(`[social] share click flush failed: ${e?.message ?? e}`)
      throw e
    })
  state.running = run
  try {
    await run
  } finally {
    state.running = null
  }
}
