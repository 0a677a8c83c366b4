/**
 * Google's update policy: a product may be updated at most twice a day. The ledger counts the
 * inserts sent per product and UTC day; the provider defers a third. The default ledger lives in
 * memory (one process); the sync can pass one backed by its snapshot rows so the count survives
 * restarts and is shared by workers.
 */
export interface GoogleUpdateLedger {
  /** How many updates of this product were sent on this UTC day. */
  count(key: string, day: string): Promise<number> | number
  record(key: string, day: string): Promise<void> | void
}

export class InMemoryUpdateLedger implements GoogleUpdateLedger {
  private readonly counts = new Map<string, number>()

  count(key: string, day: string): number {
    return this.counts.get(`${day}|${key}`) ?? 0
  }

  record(key: string, day: string): void {
    const k = `${day}|${key}`
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1)
    // Forget earlier days so a long-lived worker does not grow without bound.
    for (const existing of this.counts.keys()) {
      if (!existing.startsWith(day)) this.counts.delete(existing)
    }
  }
}

export const GOOGLE_MAX_UPDATES_PER_DAY = 2
