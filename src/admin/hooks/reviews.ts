import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { queryKeys } from "./query-keys"
import { get, post, retryUnlessRefused, useAdminMutation } from "./request"

export type Review = {
  id: string
  product: { id: string; title: string | null }
  rating: number
  title: string
  body: string
  author_name: string | null
  status: "pending" | "approved" | "rejected"
  rejection_reason: string | null
  verified_purchase: boolean
  incentivized: boolean
  helpful_count: number
  created_at: string
  media: { id: string; url: string }[]
  response: { body: string } | null
}

export type ReviewQuery = { limit: number; offset: number; status?: string; rating?: string }

export const useReviews = (query: ReviewQuery) =>
  useQuery({
    queryKey: queryKeys.reviews.list(query),
    queryFn: () => get<{ reviews: Review[]; count: number }>("/admin/social/reviews", query),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  })

/**
 * A moderation action on one review (approve, reject, response). Approving can grant a reward
 * and changes the overview's rating, so those are read again too.
 */
export const useReviewAction = (reviewId: string) =>
  useAdminMutation({
    mutationFn: ({ action, body }: { action: "approve" | "reject" | "response"; body: object; done: string }) => post(`/admin/social/reviews/${reviewId}/${action}`, body),
    invalidate: [queryKeys.reviews.all, queryKeys.overview.all, queryKeys.rewardGrants.all],
    success: (_, { done }) => done,
  })
