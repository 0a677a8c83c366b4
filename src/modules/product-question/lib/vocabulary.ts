/** Dependency-free vocabulary of questions (the admin page imports it too). */
export const QUESTION_STATUSES = ["pending", "approved", "rejected"] as const
export type QuestionStatus = (typeof QUESTION_STATUSES)[number]

export const QUESTION_SORTS = ["newest", "most_helpful", "answered"] as const
export type QuestionSort = (typeof QUESTION_SORTS)[number]

/** Why a question is not published: neutral reasons, as for reviews. */
export const QUESTION_REJECTION_REASONS = ["spam", "off_topic", "offensive_language", "personal_information", "duplicate"] as const
export type QuestionRejectionReason = (typeof QUESTION_REJECTION_REASONS)[number]

/** ORDER BY of each store sort (ties broken by id so pages never overlap). */
export function questionOrder(sort: QuestionSort): Record<string, "ASC" | "DESC" | "DESC NULLS LAST"> {
  switch (sort) {
    case "most_helpful":
      return { helpful_count: "DESC", created_at: "DESC", id: "DESC" }
    case "answered":
      return { answered_at: "DESC NULLS LAST", created_at: "DESC", id: "DESC" }
    default:
      return { created_at: "DESC", id: "DESC" }
  }
}
