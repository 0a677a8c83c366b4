export type ReviewStats = {
  count: number
  average: number | null
  distribution: Record<string, number>
  verified_count?: number
  photo_count?: number
}

export type HistogramRow = { stars: number; count: number; percent: number }

/**
 * Rows 5 to 1 of the rating histogram. Percentages are whole numbers that add up to 100 (largest
 * remainder), so the bars and the numbers read next to them agree; no reviews gives all zeros.
 */
export function histogram(stats: Pick<ReviewStats, "distribution">): HistogramRow[] {
  const counts = [5, 4, 3, 2, 1].map((stars) => Math.max(0, Math.floor(Number(stats.distribution?.[String(stars)] ?? 0)) || 0))
  const total = counts.reduce((a, b) => a + b, 0)
  if (!total) return counts.map((count, i) => ({ stars: 5 - i, count, percent: 0 }))
  const exact = counts.map((c) => (c * 100) / total)
  const floors = exact.map(Math.floor)
  let left = 100 - floors.reduce((a, b) => a + b, 0)
  const order = exact.map((e, i) => [e - floors[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (left <= 0) break
    floors[i] += 1
    left -= 1
  }
  return counts.map((count, i) => ({ stars: 5 - i, count, percent: floors[i] }))
}

/** Star fill for an average: [full, half, empty] counts out of 5, rounded to the nearest half. */
export function starFill(average: number | null | undefined): [number, number, number] {
  const a = Math.min(5, Math.max(0, Math.round((average ?? 0) * 2) / 2))
  const full = Math.floor(a)
  const half = a - full ? 1 : 0
  return [full, half, 5 - full - half]
}

/** Pages of `limit` over `count`, the current one from `offset` (both 1-based). */
export function pageInfo(count: number, offset: number, limit: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(count / limit))
  return { page: Math.min(pages, Math.floor(offset / limit) + 1), pages }
}
