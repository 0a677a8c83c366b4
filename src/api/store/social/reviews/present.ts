export type ReviewRow = {
  id: string
  product_id: string
  rating: number
  title: string
  body: string
  author_name: string | null
  status: string
  verified_purchase: boolean
  incentivized: boolean
  helpful_count: number
  social_consent?: boolean
  created_at: Date | string
  updated_at: Date | string
  media?: { url: string; width: number; height: number; rank: number; mime_type: string; is_public?: boolean }[] | null
  responses?: { body: string; created_at: Date | string; updated_at: Date | string }[] | null
}

/**
 * A review as the store API shows it: no customer id, no order id, the verification and incentive
 * flags (EU and FTC rules want both visible), the photos and the merchant's reply.
 */
export function presentStoreReview(r: ReviewRow, opts: { includeStatus?: boolean } = {}) {
  const response = r.responses?.[0]
  return {
    id: r.id,
    product_id: r.product_id,
    rating: r.rating,
    title: r.title,
    body: r.body,
    author_name: r.author_name,
    verified_purchase: r.verified_purchase,
    incentivized: r.incentivized,
    helpful_count: r.helpful_count,
    created_at: r.created_at,
    updated_at: r.updated_at,
    // A photo is shown to shoppers once public (its review approved); the author sees theirs.
    media: [...(r.media ?? [])]
      .filter((m) => m.is_public !== false || opts.includeStatus)
      .sort((a, b) => a.rank - b.rank)
      .map((m) => ({ url: m.url, width: m.width, height: m.height, mime_type: m.mime_type })),
    response: response ? { body: response.body, created_at: response.created_at, updated_at: response.updated_at } : null,
    // The author's own review: where it stands, and whether they let the shop quote it.
    ...(opts.includeStatus ? { status: r.status, social_consent: !!r.social_consent } : {}),
  }
}

export const REVIEW_RELATIONS = ["media", "responses"]
