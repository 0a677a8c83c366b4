/**
 * A small least-recently-used map bounded by total size (bytes for images). Map keeps insertion
 * order, so re-inserting on read makes the first key the least recently used one.
 */
export class SizedLru<V> {
  private readonly map = new Map<string, { value: V; size: number; expiresAt: number }>()
  private total = 0

  constructor(
    private readonly maxSize: number,
    private readonly ttlMs = Infinity
  ) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key)
    if (!hit) {
      return undefined
    }
    this.map.delete(key)
    if (hit.expiresAt < Date.now()) {
      this.total -= hit.size
      return undefined
    }
    this.map.set(key, hit)
    return hit.value
  }

  set(key: string, value: V, size: number) {
    const old = this.map.get(key)
    if (old) {
      this.total -= old.size
      this.map.delete(key)
    }
    if (size > this.maxSize) {
      return
    }
    this.map.set(key, { value, size, expiresAt: Date.now() + this.ttlMs })
    this.total += size
    for (const [k, v] of this.map) {
      if (this.total <= this.maxSize) {
        break
      }
      this.map.delete(k)
      this.total -= v.size
    }
  }

  delete(key: string) {
    const old = this.map.get(key)
    if (old) {
      this.total -= old.size
      this.map.delete(key)
    }
  }

  get size() {
    return this.total
  }
}

/**
 * In-process single flight: concurrent callers with the same key share one promise, so a card
 * requested by twenty crawlers at once is rendered once. (The Locking module covers processes.)
 */
export function singleFlight<T>() {
  const inFlight = new Map<string, Promise<T>>()
  return (key: string, job: () => Promise<T>): Promise<T> => {
    const running = inFlight.get(key)
    if (running) {
      return running
    }
    const p = job().finally(() => inFlight.delete(key))
    inFlight.set(key, p)
    return p
  }
}

/**
 * Runs at most `limit` jobs at once in this process; the others wait their turn, first come first
 * served. A finishing job hands its slot straight to the next waiter, so a caller arriving at that
 * moment cannot slip in beside it.
 */
export function concurrencyLimit(limit: number) {
  let active = 0
  const waiting: Array<() => void> = []
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (active < limit) {
      active++
    } else {
      await new Promise<void>((resolve) => waiting.push(resolve))
    }
    try {
      return await job()
    } finally {
      const next = waiting.shift()
      if (next) {
        next()
      } else {
        active--
      }
    }
  }
}
