type AnswerRow = { id: string; body: string; author_type: string; author_name: string | null; verified_buyer: boolean; status: string; created_at: Date | string }
type QuestionRow = {
  id: string
  product_id: string
  body: string
  author_name: string | null
  status: string
  helpful_count: number
  answered_at: Date | string | null
  created_at: Date | string
  answers?: AnswerRow[]
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

/** An answer as shoppers see it: no customer id. */
export function presentStoreAnswer(a: AnswerRow, opts: { includeStatus?: boolean } = {}) {
  return {
    id: a.id,
    body: a.body,
    author_type: a.author_type as "merchant" | "customer",
    author_name: a.author_type === "merchant" ? null : a.author_name,
    verified_buyer: a.verified_buyer,
    created_at: iso(a.created_at)!,
    ...(opts.includeStatus ? { status: a.status } : {}),
  }
}

/** A question as shoppers see it: approved answers only (merchant first, then oldest), no email or customer id. */
export function presentStoreQuestion(q: QuestionRow, opts: { includeStatus?: boolean } = {}) {
  const answers = (q.answers ?? [])
    .filter((a) => a.status === "approved")
    .sort((a, b) => (a.author_type === b.author_type ? +new Date(a.created_at) - +new Date(b.created_at) : a.author_type === "merchant" ? -1 : 1))
  return {
    id: q.id,
    product_id: q.product_id,
    body: q.body,
    author_name: q.author_name,
    helpful_count: q.helpful_count,
    answered_at: iso(q.answered_at),
    created_at: iso(q.created_at)!,
    answers: answers.map((a) => presentStoreAnswer(a)),
    ...(opts.includeStatus ? { status: q.status } : {}),
  }
}
