import type { ReviewSort } from "./vocabulary"

type Direction = "ASC" | "DESC"

/**
 * The ORDER BY of each sort. Every order ends with `created_at` then `id` so that pages are stable
 * when many reviews share a rating or a helpful count.
 */
export function reviewOrder(sort: ReviewSort): Record<string, Direction> {
  switch (sort) {
    case "most_helpful":
      return { helpful_count: "DESC", created_at: "DESC", id: "DESC" }
    case "rating_desc":
      return { rating: "DESC", created_at: "DESC", id: "DESC" }
    case "rating_asc":
      return { rating: "ASC", created_at: "DESC", id: "DESC" }
    case "newest":
    default:
      return { created_at: "DESC", id: "DESC" }
  }
}
