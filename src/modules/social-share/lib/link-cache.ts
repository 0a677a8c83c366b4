/**
 * The share links of this process by code, for the redirect path. A link never changes after it
 * is created, so a found link is kept (bounded, oldest dropped first). A code that is not found is
 * kept as missing for `missTtlMs`: a crawler or a scanner replaying a dead or mistyped code costs
 * one database read per code and TTL, not one per request. A new link's code is random (about
 * 2^59 possibilities), so a code remembered as missing is in practice never created meanwhile;
 * `forget` drops it anyway when this process creates it.
 *
 * Codes not known yet are read in batches: one read at a time, and the codes asked for while it
 * runs go together into the next one. A store with many links sees mostly first clicks on a
 * process' copy for a while (after a start, or links shared widely); each read costs far more in
 * the ORM context, query building and the round trip than in PostgreSQL, so concurrent requests
 * share it. The first code waits for nothing; the others wait at most for the read in flight.
 * Concurrent lookups of the same code share one read.
 */
export class LinkCache<T> {
  private readonly found = new Map<string, T>()
  private readonly missing = new Map<string, number>()
  private readonly inFlight = new Map<string, Promise<T | null>>()
  private readonly queued = new Map<string, { resolve: (row: T | null) => void; reject: (e: unknown) => void }>()
  private loading = false
  /** Database reads made so far (what the cache saves is visible in tests and benchmarks). */
  reads = 0

  constructor(
    /** The rows of the codes that exist, keyed by code (missing codes are left out). */
    private readonly load: (codes: string[]) => Promise<Map<string, T>>,
    private readonly opts: { max: number; missMax: number; missTtlMs: number; batchMax?: number; now?: () => number }
  ) {}

  private now() {
    return this.opts.now ? this.opts.now() : Date.now()
  }

  /** The link (found), null (known missing, still fresh) or undefined (not known: call `get`). */
  peek(code: string): T | null | undefined {
    const hit = this.found.get(code)
    if (hit !== undefined) {
      return hit
    }
    const missedAt = this.missing.get(code)
    if (missedAt !== undefined) {
      if (this.now() - missedAt < this.opts.missTtlMs) {
        return null
      }
      this.missing.delete(code)
    }
    return undefined
  }

  /** The link of a code, read from the database at most once per code (or per TTL when missing). */
  get(code: string): T | null | Promise<T | null> {
    const known = this.peek(code)
    if (known !== undefined) {
      return known
    }
    let pending = this.inFlight.get(code)
    if (!pending) {
      pending = new Promise<T | null>((resolve, reject) => this.queued.set(code, { resolve, reject }))
      this.inFlight.set(code, pending)
      this.next()
    }
    return pending
  }

  /** Starts the next read unless one runs: every queued code (up to batchMax) in one. */
  private next() {
    if (this.loading || !this.queued.size) {
      return
    }
    const batch = [...this.queued].slice(0, this.opts.batchMax ?? 100)
    for (const [code] of batch) {
      this.queued.delete(code)
    }
    this.loading = true
    this.reads++
    this.load(batch.map(([code]) => code))
      .then(
        (rows) => {
          for (const [code, waiter] of batch) {
            const row = rows.get(code) ?? null
            if (row) {
              remember(this.found, code, row, this.opts.max)
            } else {
              remember(this.missing, code, this.now(), this.opts.missMax)
            }
            this.inFlight.delete(code)
            waiter.resolve(row)
          }
        },
        (e) => {
          for (const [code, waiter] of batch) {
            this.inFlight.delete(code)
            waiter.reject(e)
          }
        }
      )
      .finally(() => {
        this.loading = false
        this.next()
      })
  }

  /** Drops a code remembered as missing (this process just created it). */
  forget(code: string) {
    this.missing.delete(code)
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V, max: number) {
  if (map.size >= max) {
    // Maps keep insertion order: the first key is the oldest.
    map.delete(map.keys().next().value as string)
  }
  map.set(key, value)
}
