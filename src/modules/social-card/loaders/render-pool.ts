import type { LoaderOptions } from "@medusajs/framework/types"
import { cardRenderPool } from "../lib/render-pool"

/**
 * Starts the card render threads with the app, so that they have loaded their fonts and WASM
 * before the first card is asked for. Threads are unreferenced while idle: they never keep a
 * process (a `medusa exec` script, a migration) alive.
 */
export default async function startCardRenderPool(_: LoaderOptions) {
  cardRenderPool()
}
