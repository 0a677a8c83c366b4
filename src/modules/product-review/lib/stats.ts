/** One row of the grouped stats query: approved reviews of a product with one rating. */
export type RatingGroupRow = {
  product_id: string
  rating: number | string
  count: number | string
  verified: number | string
  with_media: number | string
}

export type RatingDistribution = { 1: number; 2: number; 3: number; 4: number; 5: number }

export type ProductReviewStats = {
  count: number
  /** Mean rating rounded to 2 decimals; null when there is no approved review. */
  average: number | null
  distribution: RatingDistribution
  verified_count: number
  photo_count: number
}

export function emptyStats(): ProductReviewStats {
  return {
    count: 0,
    average: null,
    distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
    verified_count: 0,
    photo_count: 0,
  }
}

/**
 * Folds the grouped rows (PostgreSQL returns counts as strings) into stats per product. Every
 * requested product gets an entry, empty when it has no approved review, so callers never guess.
 */
export function statsFromRows(productIds: string[], rows: RatingGroupRow[]): Record<string, ProductReviewStats> {
  const out: Record<string, ProductReviewStats> = {}
  const sums: Record<string, number> = {}
  for (const id of productIds) {
    out[id] = emptyStats()
    sums[id] = 0
  }
  for (const row of rows) {
    const rating = Number(row.rating)
    const count = Number(row.count)
    if (!(rating >= 1 && rating <= 5) || !Number.isInteger(rating) || !(count > 0)) {
      continue
    }
    const stats = (out[row.product_id] ??= emptyStats())
    stats.count += count
    stats.distribution[rating as keyof RatingDistribution] += count
    stats.verified_count += Number(row.verified)
    stats.photo_count += Number(row.with_media)
    sums[row.product_id] = (sums[row.product_id] ?? 0) + rating * count
  }
  for (const [id, stats] of Object.entries(out)) {
    stats.average = stats.count ? Math.round((sums[id] / stats.count) * 100) / 100 : null
  }
  return out
}
