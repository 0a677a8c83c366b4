import { TransientError } from "./retry"
import { PrivateAddressError } from "./guarded-fetch"

export type JsonResponse = { status: number; headers: Headers; body: any }

/**
 * One HTTP call with a JSON answer. A network failure or a 5xx is a TransientError (retryable);
 * every other status comes back to the provider, which knows its platform's error shapes.
 */
export async function requestJson(fetchImpl: typeof fetch, url: string, init: RequestInit = {}): Promise<JsonResponse> {
  let response: Response
  try {
    response = await fetchImpl(url, init)
  } catch (error) {
    // Not a passing network failure: the endpoint leads into the private network. The run fails
    // with what to fix instead of retrying.
    if (error instanceof PrivateAddressError) {
      throw new CredentialsError(new URL(url).host, `${error.message}: fix the channel's credentials`, 0, "endpoint_not_allowed")
    }
    throw new TransientError(`network error calling ${new URL(url).host}: ${(error as Error).message}`)
  }
  const text = await response.text()
  let body: any = null
  if (text) {
    try {
      body = JSON.parse(text)
    } catch {
      body = { raw: text.slice(0, 500) }
    }
  }
  if (response.status >= 500) {
    throw new TransientError(`${new URL(url).host} answered ${response.status}: ${text.slice(0, 200)}`, response.status)
  }
  return { status: response.status, headers: response.headers, body }
}

/** The fetch to use: the injected one, else the global (bound, or undici complains). */
export function resolveFetch(fetchImpl?: typeof fetch): typeof fetch {
  return fetchImpl ?? globalThis.fetch.bind(globalThis)
}

export function requireCredential(credentials: Record<string, string>, key: string, destination: string): string {
  const value = credentials[key]
  if (!value) {
    throw new Error(`${destination}: the credential "${key}" is not set`)
  }
  return value
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, "")
}

/** The longest platform message shown to an admin. */
export const PLATFORM_MESSAGE_MAX = 300

/**
 * A platform's message as an admin sees it: text only (a non-string is not shown), control
 * characters and markup-looking tags dropped, whitespace collapsed, at most
 * `PLATFORM_MESSAGE_MAX` characters. Whatever a platform (or a proxy in front of it) answers,
 * the admin pages and the run log show a short line, never a whole body.
 */
export function platformText(value: unknown, max = PLATFORM_MESSAGE_MAX): string {
  if (typeof value !== "string" && typeof value !== "number") {
    return ""
  }
  const text = String(value)
    .replace(/<[^>]{0,200}>/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/**
 * The platform refused the whole call for a reason retrying will not fix (bad token, missing
 * permission, malformed request): the sync stops this channel's run and shows the message.
 */
export class PlatformError extends Error {
  constructor(
    readonly destination: string,
    message: string,
    readonly status: number,
    readonly code: string | null = null
  ) {
    // The message quotes the platform: bounded here, whatever the caller put in it.
    super(`${destination}: ${platformText(message, PLATFORM_MESSAGE_MAX * 2)}`)
    this.name = "PlatformError"
  }
}

/**
 * The platform refused the channel's credentials themselves: a token endpoint answered
 * `invalid_grant` (a deleted service account key, a revoked refresh token) or the API kept
 * refusing a fresh token. Nothing item by item can succeed, so the sync leaves the rows as they
 * were and fails the run with this message, which says what the admin has to do.
 */
export class CredentialsError extends PlatformError {
  constructor(destination: string, message: string, status: number, code: string | null = null) {
    super(destination, message, status, code)
    this.name = "CredentialsError"
  }
}

/**
 * The platform gave up on a whole batch after accepting it (Meta: status "error" or "canceled"):
 * some of its items may not have been applied, so the sync sends every item of it again.
 */
export class BatchFailedError extends PlatformError {
  constructor(destination: string, message: string, code: string) {
    super(destination, message, 200, code)
    this.name = "BatchFailedError"
  }
}
