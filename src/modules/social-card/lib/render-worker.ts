/**
 * The card render thread (run by piscina, see render-pool.ts). Loading this file loads satori's
 * WASM, sharp and the fonts, and draws one card, so that the first request this thread serves
 * pays none of it: a thread's start-up is part of the server's boot, not of a shopper's wait.
 */
import { runRenderTask, type RenderTask } from "./render-task"
import type { RenderedCard } from "./render"

const warm = runRenderTask({
  format: "og",
  shown: {
    title: "Warm-up",
    variantTitle: null,
    price: null,
    availability: "in stock",
    availabilityLabel: "In stock",
    brandName: "Warm-up",
    colors: { primary: "#111827", accent: "#e11d48", background: "#ffffff", text: "#111827" },
  },
  image: null,
  imageHash: null,
  logo: null,
  logoHash: null,
}).then(
  () => undefined,
  () => undefined
)

export default async function renderInThread(task: RenderTask): Promise<RenderedCard> {
  await warm
  return runRenderTask(task)
}
