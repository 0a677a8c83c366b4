import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"
import type { RateLimiterAbstract } from "rate-limiter-flexible"
import { SOCIAL_SETTINGS_MODULE, type PluginOptions } from "../../modules/social-settings"
import type SocialSettingsModuleService from "../../modules/social-settings/service"
import { RATE_LIMIT_DEFAULTS, type RateLimitedRoute } from "../../modules/social-settings/lib/rate-limits"
import { rateLimitKey } from "../../lib/rate-limit-key"

type Auth = { auth_context?: { actor_type?: string; actor_id?: string } }

/** Thrown (and answered 429) when a request is over its route's budget. */
export class RateLimitedError extends Error {
  constructor(
    readonly route: RateLimitedRoute,
    readonly retryAfterSeconds: number
  ) {
    super(`Too many requests: try again in ${retryAfterSeconds} s`)
  }
}

/**
 * rate-limiter-flexible, required on first use: every route file that limits imports this one and
 * Medusa loads them all at boot, but a limiter is only made on a limited route's first request
 * (about 9 MB of RSS in a bare Node process, for a server that may never serve those routes).
 */
let flexible: typeof import("rate-limiter-flexible") | undefined
const limiterLib = () => (flexible ??= require("rate-limiter-flexible") as typeof import("rate-limiter-flexible"))

const limiters = new Map<string, RateLimiterAbstract>()
const redisClients = new Map<string, { client: Redis; firstConnection: Promise<void> }>()
const FIRST_CONNECTION_WAIT_MS = 2000

/**
 * One client per Redis URL and process. No offline queue: while Redis is down a call fails at once
 * and the in-memory insurance limiter answers, instead of requests waiting for a reconnect. Only
 * the first connection is waited for (briefly), so that the first requests after a start are
 * counted in Redis with the rest rather than in this process's memory.
 */
function redisClient(url: string) {
  let entry = redisClients.get(url)
  if (!entry) {
    const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    client.on("error", () => {
      // ioredis reconnects by itself; the insurance limiter covers the gap.
    })
    const firstConnection = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FIRST_CONNECTION_WAIT_MS)
      timer.unref?.()
      client.once("ready", () => (clearTimeout(timer), resolve()))
      client.once("error", () => (clearTimeout(timer), resolve()))
    })
    entry = { client, firstConnection }
    redisClients.set(url, entry)
  }
  return entry
}

async function limiterFor(options: PluginOptions, route: RateLimitedRoute): Promise<RateLimiterAbstract> {
  const { points, durationSeconds } = options.rateLimits.routes[route] ?? RATE_LIMIT_DEFAULTS[route]
  const keyPrefix = `${options.rateLimits.keyPrefix}:${route}`
  const redisUrl = options.rateLimits.redisUrl
  const id = `${redisUrl ?? "memory"}|${keyPrefix}|${points}|${durationSeconds}`
  let limiter = limiters.get(id)
  if (!limiter) {
    const { RateLimiterMemory, RateLimiterRedis } = limiterLib()
    const memory = new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix })
    const redis = redisUrl ? redisClient(redisUrl) : null
    await redis?.firstConnection
    // Another request may have made it while this one waited.
    limiter = limiters.get(id)
    if (limiter) return limiter
    limiter = redis
      ? new RateLimiterRedis({
          storeClient: redis.client,
          points,
          duration: durationSeconds,
          keyPrefix,
          // Redis unreachable: each process counts on its own rather than letting everything through.
          insuranceLimiter: memory,
        })
      : memory
    limiters.set(id, limiter)
  }
  return limiter
}

/**
 * Counts one request of `route` against its budget; throws RateLimitedError when it is spent.
 * Fails open on an unexpected limiter error (logged): a broken limiter must not take the shop down.
 */
export async function consumeRateLimit(req: MedusaRequest, route: RateLimitedRoute): Promise<void> {
  const options = req.scope.resolve<SocialSettingsModuleService>(SOCIAL_SETTINGS_MODULE).getPluginOptions()
  if (!options.rateLimits.enabled) {
    return
  }
  const auth = (req as unknown as Auth).auth_context
  const key = rateLimitKey({ ip: req.ip, actor_type: auth?.actor_type, actor_id: auth?.actor_id })
  try {
    await (await limiterFor(options, route)).consume(key)
  } catch (e) {
    if (e instanceof limiterLib().RateLimiterRes) {
      throw new RateLimitedError(route, Math.max(1, Math.ceil(e.msBeforeNext / 1000)))
    }
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`social rate limit (${route}) not applied: ${(e as Error)?.message ?? e}`)
  }
}

/**
 * Answers 429 with `Retry-After` and a body in Medusa's error shape (`type`, `code`, `message`).
 */
export function sendRateLimited(res: MedusaResponse, error: RateLimitedError) {
  res.setHeader("Retry-After", String(error.retryAfterSeconds))
  res.status(429).json({ type: "not_allowed", code: "rate_limit_exceeded", message: error.message })
}

/** A middleware that spends one request of `route`'s budget, or answers 429. */
export function rateLimit(route: RateLimitedRoute) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await consumeRateLimit(req, route)
    } catch (e) {
      if (e instanceof RateLimitedError) {
        return sendRateLimited(res, e)
      }
      return next(e)
    }
    next()
  }
}
