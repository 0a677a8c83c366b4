import type { LoaderOptions } from "@medusajs/framework/types"
import { configManager } from "@medusajs/framework/config"
import { cardRenderPool } from "../lib/render-pool"

/**
 * Starts the card render threads with the app, so that they have loaded their fonts and WASM
 * before the first card is asked for. Threads are unreferenced while idle: they never keep a
 * process (a `medusa exec` script, a migration) alive.
 *
 * Not in a worker process (`workerMode: "worker"`): it serves no card request, and its threads,
 * each with satori, sharp and the fonts loaded, were a large part of the memory the worker holds
 * before its jobs (the catalog sync) start. A card rendered there starts the pool on first use.
 */
export default async function startCardRenderPool(_: LoaderOptions) {
  if (isWorkerProcess()) return
  cardRenderPool()
}

function isWorkerProcess(): boolean {
  try {
    return configManager.config.projectConfig.workerMode === "worker"
  } catch {
    // No app config loaded (a module test): Medusa's own fallback.
    return process.env.MEDUSA_WORKER_MODE === "worker"
  }
}
