/**
 * Client-side pacing, so that a provider stays inside a platform's published rate instead of
 * learning it from throttle answers (TikTok: upload 5/s and 300/min, update and delete 2/s).
 * Sliding windows of timestamps; the clock and the sleep are injected for tests.
 */
export type Window = { limit: number; windowMs: number }

export type Clock = { now: () => number; sleep: (ms: number) => Promise<void> }

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
}

export class SlidingWindowLimiter {
  private readonly stamps: number[] = []
  private readonly longest: number
  private chain: Promise<void> = Promise.resolve()

  constructor(private readonly windows: Window[], private readonly clock: Clock = realClock) {
    this.longest = Math.max(...windows.map((w) => w.windowMs))
  }

  /** How long the next call must wait from now (0 when it may go at once). */
  waitMs(now = this.clock.now()): number {
    while (this.stamps.length && this.stamps[0] <= now - this.longest) {
      this.stamps.shift()
    }
    let wait = 0
    for (const { limit, windowMs } of this.windows) {
      const inWindow = this.stamps.filter((t) => t > now - windowMs)
      if (inWindow.length >= limit) {
        // The call may go once the oldest call that still counts leaves the window.
        wait = Math.max(wait, inWindow[inWindow.length - limit] + windowMs - now)
      }
    }
    return wait
  }

  /** Waits for a slot and takes it. Calls are served in order. */
  acquire(): Promise<void> {
    const next = this.chain.then(async () => {
      for (;;) {
        const wait = this.waitMs()
        if (wait <= 0) {
          break
        }
        await this.clock.sleep(wait)
      }
      this.stamps.push(this.clock.now())
    })
    this.chain = next.catch(() => undefined)
    return next
  }
}

/** Runs fn over items with at most `concurrency` calls under way, results in input order. */
export async function mapPool<T, R>(
  items: T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const workers = Array.from({ length: Math.min(Math.max(1, concurrency), items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index], index)
    }
  })
  await Promise.all(workers)
  return results
}
