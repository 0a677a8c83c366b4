/**
 * Retry delays: exponential with full jitter (AWS architecture blog, "Exponential Backoff And
 * Jitter"), never shorter than what the platform asked for.
 */
export function backoffDelayMs(
  attempt: number,
  opts: { baseMs?: number; capMs?: number; minMs?: number; random?: () => number } = {}
): number {
  const base = opts.baseMs ?? 30_000
  const cap = opts.capMs ?? 6 * 3600_000
  const random = opts.random ?? Math.random
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempt - 1))
  const jittered = Math.floor(ceiling / 2 + random() * (ceiling / 2))
  return Math.max(opts.minMs ?? 0, jittered)
}

/** After this many failed attempts an item stops being retried and is listed for the admin. */
export const MAX_ATTEMPTS = 5
