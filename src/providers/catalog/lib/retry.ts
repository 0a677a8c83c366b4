/**
 * Retries for the catalog providers: exponential backoff with "full jitter" (a random wait between
 * zero and the exponential ceiling, as AWS's architecture blog recommends, so that many workers
 * retrying at once do not hit the platform in lockstep), and never earlier than the platform said.
 *
 * Pure: the clock, the random source and the sleep are injected, so tests never really wait.
 */
import type { CatalogOperation, ItemResult } from "../types"
import { ThrottledError } from "../types"

export type BackoffOptions = {
  /** The first ceiling, doubled at each attempt. */
  baseMs?: number
  /** The ceiling never goes above this. */
  capMs?: number
  /** Jitter added on top of a platform's own wait, at most this (spreads workers that all waited). */
  maxExtraJitterMs?: number
  random?: () => number
}

const DEFAULTS = { baseMs: 1_000, capMs: 15 * 60_000, maxExtraJitterMs: 5_000 }

/** Full jitter: uniformly between 0 and min(cap, base * 2^attempt). attempt counts from 0. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? DEFAULTS.baseMs
  const capMs = options.capMs ?? DEFAULTS.capMs
  const random = options.random ?? Math.random
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt))
  return Math.floor(random() * ceiling)
}

/**
 * The wait before the next attempt. When the platform said how long to wait (Retry-After, Meta's
 * estimated_time_to_regain_access, TikTok's window), that is the floor: retrying earlier only
 * burns quota and can extend the block. A little jitter goes on top so that workers released at the
 * same instant do not all call at once.
 */
export function retryDelay(attempt: number, retryAfterMs: number | null | undefined, options: BackoffOptions = {}): number {
  if (retryAfterMs == null || !Number.isFinite(retryAfterMs) || retryAfterMs < 0) {
    return backoffDelay(attempt, options)
  }
  const random = options.random ?? Math.random
  const maxExtra = Math.min(options.maxExtraJitterMs ?? DEFAULTS.maxExtraJitterMs, Math.max(250, retryAfterMs * 0.1))
  return Math.ceil(retryAfterMs + random() * maxExtra)
}

/** When a failed item may be tried again: what the sync stores as the snapshot row's next attempt. */
export function nextAttemptAt(
  now: number,
  attempt: number,
  retryAfterMs: number | null | undefined,
  options: BackoffOptions = {}
): Date {
  return new Date(now + retryDelay(attempt, retryAfterMs, options))
}

/** A failure worth retrying that is not a throttle: a network error, a 5xx, a timeout. */
export class TransientError extends Error {
  constructor(message: string, readonly status: number | null = null) {
    super(message)
    this.name = "TransientError"
  }
}

export function isRetryable(error: unknown): boolean {
  return error instanceof ThrottledError || error instanceof TransientError
}

export type RetryOptions = BackoffOptions & {
  /** Attempts in all, the first included. */
  maxAttempts?: number
  sleep?: (ms: number) => Promise<void>
  retryable?: (error: unknown) => boolean
  /** Called before each wait: for logs and tests. */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs fn until it succeeds, a non-retryable error is thrown, or maxAttempts is reached (then the
 * last error is thrown as is, so the caller stores the platform's own message).
 */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 5
  const sleep = options.sleep ?? realSleep
  const retryable = options.retryable ?? isRetryable
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt)
    } catch (error) {
      if (attempt + 1 >= maxAttempts || !retryable(error)) {
        throw error
      }
      const retryAfterMs = error instanceof ThrottledError ? error.retryAfterMs : null
      const delayMs = retryDelay(attempt, retryAfterMs, options)
      options.onRetry?.({ attempt, delayMs, error })
      await sleep(delayMs)
    }
  }
}

/**
 * The result of an operation whose call failed on the way (network, 5xx) while the other calls of
 * the same submit were answered: not applied, to be sent again after a short backoff.
 */
export function transientResult(
  op: CatalogOperation,
  error: TransientError,
  now: number,
  options: BackoffOptions = {}
): ItemResult {
  return {
    id: op.method === "delete" ? op.id : op.item.id,
    status: "pending",
    retryAt: nextAttemptAt(now, 0, null, { baseMs: 30_000, ...options }).toISOString(),
    warnings: [{ code: "transient_error", message: error.message }],
  }
}
