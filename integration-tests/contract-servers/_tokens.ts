/**
 * Access tokens a contract server issued, with their end on the server's clock: a test moves the
 * clock past the end to make the platform refuse them, as it would an hour (Google) or 30 days
 * (Pinterest) later.
 */
import { randomBytes } from "node:crypto"

export class IssuedTokens {
  private readonly ends = new Map<string, number>()
  /** Calls refused because their token was unknown, expired or revoked. */
  refused = 0

  constructor(
    private readonly now: () => number,
    private readonly prefix: string
  ) {}

  issue(lifetimeSeconds: number): string {
    const token = `${this.prefix}${randomBytes(18).toString("base64url")}`
    this.ends.set(token, this.now() + lifetimeSeconds * 1000)
    return token
  }

  /** Whether `Authorization: Bearer <token>` carries a token this server issued that is still good. */
  accepts(authorization: string | undefined): boolean {
    const token = authorization?.startsWith("Bearer ") ? authorization.slice(7) : null
    const end = token ? this.ends.get(token) : undefined
    return end !== undefined && this.now() < end
  }

  /** Every token issued so far stops working (a revoked grant, a password change). */
  revokeAll() {
    this.ends.clear()
  }
}

/** The fields of a form-encoded body (the JSON server hands a non-JSON body over as text). */
export function formOf(body: unknown): URLSearchParams {
  return new URLSearchParams(typeof body === "string" ? body : "")
}
