import type { PublishNetwork } from "../../modules/social-publish/lib/networks"

/** What a provider needs to publish one post. */
export type PublishContext = {
  account: { id: string; network: PublishNetwork; external_id: string; board_id: string | null }
  credentials: Record<string, string>
  post: { id: string; text: string; title: string | null; share_code: string | null; container_id: string | null }
  /** The post's link (its tracked short link, or the free-text post's storefront URL). */
  link: string
  /** The picture's public URL (a card, or the product photo), or null for a link post. */
  mediaUrl: string | null
  /**
   * The picture's bytes, for a platform that takes an upload rather than a URL (LinkedIn's
   * article thumbnail): read from the shop's own card store, not over the network. Null without one.
   */
  loadMedia: () => Promise<{ bytes: Buffer; mime: string } | null>
  /** The API origin (the platform's, or the configured one). */
  baseUrl: string
  /** The OAuth token endpoint's origin: the API's, except LinkedIn's (www.linkedin.com). */
  oauthBaseUrl: string
  fetch: typeof fetch
}

/** What a token refresh gave: the new access token, a rotated refresh token, the lifetime in seconds. */
export type TokenGrant = { access_token: string; refresh_token?: string; expires_in: number | null }

export type Published = { platform_post_id: string; permalink: string | null }

/** A container (Instagram) or upload that is not ready yet: try again after `retryAfterMs`. */
export class NotReadyError extends Error {
  constructor(message: string, readonly retryAfterMs: number) {
    super(message)
    this.name = "NotReadyError"
  }
}

/**
 * The platform refused the post for a reason a retry does not change (a revoked token, a policy,
 * a missing permission): the post fails with the platform's message and what to do.
 */
export class RefusedError extends Error {
  constructor(message: string, readonly action: string | null = null) {
    super(action ? `${message} (${action})` : message)
    this.name = "RefusedError"
  }
}

/**
 * The platform refused the access token itself (HTTP 401, Graph code 190): where the account holds
 * a refresh token the token is renewed and the call made once more; otherwise the account is
 * marked refused and the admin told to connect it again.
 */
export class TokenRefusedError extends RefusedError {
  constructor(message: string, action = "the token was refused: connect the account again") {
    super(message, action)
    this.name = "TokenRefusedError"
  }
}

/**
 * One network's publishing. Exactly once rests on two things the publisher keeps:
 * - a two-step platform (Instagram's container) returns its draft id from `prepare`, which is
 *   stored before `publish` is called; publishing the same container twice is refused by the
 *   platform, so a retry never posts twice;
 * - a one-call platform cannot be asked whether a call that timed out went through, so before
 *   posting again after a crash the publisher asks `findPublished`, which looks for the post's
 *   tracked link (unique per post) among the account's latest posts.
 */
export interface PublishProvider {
  readonly network: PublishNetwork
  prepare?(ctx: PublishContext): Promise<{ container_id: string }>
  publish(ctx: PublishContext): Promise<Published>
  findPublished?(ctx: PublishContext): Promise<Published | null>
  /**
   * `prepare` is itself the publishing call and its answer cannot be looked up afterwards
   * (TikTok's init: no listing of photo posts). The publisher marks the post before calling it, and
   * a post whose call got no answer is held for the admin to check rather than sent again.
   */
  readonly prepareIsFinal?: boolean
  /**
   * The connection check: the platform's cheapest identity call with the stored token. Returns a
   * line for the admin (whose account it is, what it may do); throws a RefusedError saying what to do.
   */
  check(ctx: PublishContext): Promise<string>
  /** A new access token from the stored refresh token (platforms that have them). */
  refresh?(ctx: PublishContext): Promise<TokenGrant>
}
