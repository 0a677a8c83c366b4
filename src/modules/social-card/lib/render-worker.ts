/**
 * The card render thread (run by piscina, see render-pool.ts). Loading this file loads satori's
 * WASM, sharp and the fonts and warms the renderer up (render-warm-up.ts), so that the first
 * requests this thread serves pay none of it: a thread's start-up is part of the server's boot,
 * not of a shopper's wait.
 */
import { runRenderTask, type RenderTask } from "./render-task"
import type { RenderedCard } from "./render"
import { warmUpRenderer } from "./render-warm-up"

// A failed warm-up (it should not fail) leaves a slower first card, never a failed one.
const warm = warmUpRenderer().then(
  () => undefined,
  () => undefined
)

export default async function renderInThread(task: RenderTask): Promise<RenderedCard> {
  await warm
  return runRenderTask(task)
}
