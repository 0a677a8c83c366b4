/**
 * The rate-limited routes and their default budgets. The defaults are far above what a shopper
 * does (a shopper lands a few times per visit, shares a handful of products, writes a review or
 * two): they stop scripts, not people. A budget counts per customer (or admin user) when logged in
 * and per client network (IPv4 /24, IPv6 /64) otherwise, so a mobile carrier's NAT or an office
 * shares the guest budget: keep the guest-facing ones generous.
 */
export const RATE_LIMIT_DEFAULTS = {
  /** POST /store/social/touches and /touches/bind: one per page landing. */
  touches: { points: 300, durationSeconds: 60 },
  /** GET /store/social/products/:id/share: creates or finds a share link. */
  share: { points: 120, durationSeconds: 60 },
  /** POST /store/social/reviews, POST and DELETE /store/social/reviews/:id (photos are decoded). */
  reviewWrite: { points: 30, durationSeconds: 3600 },
  /** POST /store/social/reviews/:id/helpful. */
  helpfulVote: { points: 120, durationSeconds: 600 },
  /** POST /store/social/products/:id/questions and POST /store/social/questions/:id/answers. */
  questionWrite: { points: 20, durationSeconds: 3600 },
  /** POST /store/social/reviews/:id/report (one report per shopper and review anyway). */
  reviewReport: { points: 20, durationSeconds: 3600 },
  /** POST /store/social/referrals/claim. */
  referralClaim: { points: 10, durationSeconds: 3600 },
  /** GET /social/cards/:product_id/:format when the card must be rendered (served cards are free). */
  cardRender: { points: 120, durationSeconds: 60 },
  /** Reports that scan many rows: the attribution report, a reward rule's simulation. */
  report: { points: 60, durationSeconds: 60 },
} as const

export type RateLimitedRoute = keyof typeof RATE_LIMIT_DEFAULTS
export const RATE_LIMITED_ROUTES = Object.keys(RATE_LIMIT_DEFAULTS) as RateLimitedRoute[]

export type RateLimit = { points: number; durationSeconds: number }
