/**
 * Splits operations into calls within a platform's limits on count and on request size (Meta:
 * at most 5,000 items, kept under 3,000, and 28 MB a call). Order is kept.
 */
export function splitByCountAndBytes<T>(items: T[], maxCount: number, maxBytes: number, sizeOf: (item: T) => number): T[][] {
  const chunks: T[][] = []
  let current: T[] = []
  let bytes = 0
  for (const item of items) {
    const size = sizeOf(item)
    if (size > maxBytes) {
      throw new Error(`one item alone is ${size} bytes, over the ${maxBytes} bytes a call may carry`)
    }
    if (current.length >= maxCount || (current.length && bytes + size > maxBytes)) {
      chunks.push(current)
      current = []
      bytes = 0
    }
    current.push(item)
    bytes += size
  }
  if (current.length) {
    chunks.push(current)
  }
  return chunks
}

/** Keeps the last operation of each id (all changes to one item in one entry: Meta's rule). */
export function lastPerId<T>(items: T[], idOf: (item: T) => string): T[] {
  const byId = new Map<string, T>()
  for (const item of items) {
    byId.delete(idOf(item))
    byId.set(idOf(item), item)
  }
  return [...byId.values()]
}

/** Splits a string of joined handles back (providers that made several calls in one submit). */
export const HANDLE_SEPARATOR = ","
