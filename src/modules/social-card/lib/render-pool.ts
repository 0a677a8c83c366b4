import { availableParallelism } from "os"
import path from "path"
import type { Piscina as PiscinaPool } from "piscina"
import type { RenderedCard } from "./render"
import type { RenderTask } from "./render-task"
import { loadSharp } from "../../../lib/imaging"

/**
 * Cards are rendered on a pool of worker threads: satori lays out on the thread that calls it, so
 * on the server's own thread every render would stop every other request (share redirects, the
 * store API) for its whole layout. One thread per core but one by default: the server's own
 * thread does about as much work per first request as the render (the product and price reads,
 * the hash, the File module write, the record) and needs a core of its own, and each render
 * thread holds 40-50 MB (its heap, satori's WASM, the fonts, its share of libvips' memory). On
 * 2 cores, 8 clients asking for new cards got 18.3 cards a second with two render threads and
 * 22.6 with one, at 641 MB against 553 MB peak RSS (docs/cards.md). `SOCIAL_CARD_RENDER_THREADS`
 * sets the pool's size.
 */
export function cardRenderThreads(): number {
  const asked = Number(process.env.SOCIAL_CARD_RENDER_THREADS)
  return Number.isInteger(asked) && asked > 0 ? asked : Math.max(1, availableParallelism() - 1)
}

const holder: { pool: PiscinaPool | null } = { pool: null }
const RENDER_THREAD_YOUNG_MB = 8
// A thread holds about 25 MB once warmed up (satori, yoga, the parsed fonts, compiled code).
const RENDER_THREAD_OLD_MB = 64

/**
 * The built package runs `render-worker.js`. From the TypeScript sources (`medusa develop`, the
 * tests) the thread compiles `render-worker.ts` with ts-node (a development dependency), which
 * the parent's own TypeScript loader does not reach: a worker thread starts a fresh module system.
 */
function workerOptions() {
  const ext = path.extname(__filename)
  const filename = path.join(__dirname, `render-worker${ext}`)
  if (ext !== ".ts") {
    return { filename, execArgv: [] as string[], env: process.env }
  }
  return {
    filename,
    execArgv: ["--require", require.resolve("ts-node/register/transpile-only")],
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "true" },
  }
}

/** The pool, started on first use (the module's loader starts it at boot). */
export function cardRenderPool(): PiscinaPool {
  if (!holder.pool) {
    // sharp must be loaded by the main thread before any worker loads it: libvips cannot be
    // unloaded, and a thread that loaded it first would take it down when it ends (sharp's docs).
    loadSharp()
    const { Piscina } = require("piscina") as typeof import("piscina")
    const threads = cardRenderThreads()
    const { filename, execArgv, env } = workerOptions()
    holder.pool = new Piscina({
      filename,
      execArgv,
      env,
      minThreads: threads,
      maxThreads: threads,
      // Threads stay up: a new one would load satori, sharp and the fonts again (about 150 ms)
      // inside some shopper's request.
      idleTimeout: Infinity,
      // A render is CPU work: one at a time per thread. Waiting renders queue here, bounded by
      // the route's rate limit.
      concurrentTasksPerWorker: 1,
      // A render makes a few MB of short-lived garbage (satori's layout, the SVG string): a small
      // young generation collects it often instead of letting each thread's heap grow to V8's
      // default before the first scavenge (peak RSS of a server rendering under load,
      // bench/cards.js; measured in docs/cards.md).
      // Its old generation is capped too: left to V8's default, the garbage of many layouts piled
      // up to 68 MB before a full collection (about 25 MB live), per thread, at the server's peak.
      resourceLimits: { maxYoungGenerationSizeMb: RENDER_THREAD_YOUNG_MB, maxOldGenerationSizeMb: RENDER_THREAD_OLD_MB },
    })
  }
  return holder.pool
}

/** Renders a card on a pool thread. */
export async function renderOnPool(task: RenderTask): Promise<RenderedCard> {
  const out = (await cardRenderPool().run(task)) as RenderedCard
  // Structured clone hands back a Uint8Array; callers expect a Buffer (same memory, no copy).
  return { ...out, bytes: Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength) }
}

/** Stops the pool's threads (tests, shutdown). */
export async function closeCardRenderPool(): Promise<void> {
  const pool = holder.pool
  holder.pool = null
  await pool?.destroy()
}
