import { platformText, refuse, type requestJson } from "./http"
import { TokenRefusedError } from "./types"

/** The Graph API version the publish calls use. */
export const GRAPH_VERSION = "v21.0"

type Res = Awaited<ReturnType<typeof requestJson>>

/** The wait Meta names when it throttles: the longest `estimated_time_to_regain_access` (minutes) of X-Business-Use-Case-Usage. */
export function graphThrottleWaitMs(headers: Headers): number | null {
  const raw = headers.get("x-business-use-case-usage")
  if (!raw) return null
  try {
    const minutes = Object.values(JSON.parse(raw) as Record<string, Array<{ estimated_time_to_regain_access?: number }>>)
      .flat()
      .map((u) => Number(u?.estimated_time_to_regain_access))
      .filter((m) => Number.isFinite(m) && m > 0)
    return minutes.length ? Math.max(...minutes) * 60_000 : null
  } catch {
    return null
  }
}

/**
 * Whether Meta says the app is at its limit before it refuses: X-App-Usage (the app's share of
 * its hourly budget, in percent: call_count, total_cputime, total_time) at 95 or more. The
 * publisher waits rather than spend the last calls and be blocked for longer.
 */
export function appUsageFull(headers: Headers): boolean {
  const raw = headers.get("x-app-usage")
  if (!raw) return false
  try {
    return Object.values(JSON.parse(raw) as Record<string, number>).some((v) => Number(v) >= 95)
  } catch {
    return false
  }
}

/**
 * A Graph API error (`{ error: { message, code, error_subcode } }`): code 4, 17, 32, 613 and 80001
 * to 80014 are rate limits (wait what X-Business-Use-Case-Usage says, else an hour), 190 an
 * expired or revoked token (Page tokens do not refresh: reconnect).
 */
export function graphError(network: string, res: Res): never {
  const error = res.body?.error ?? {}
  const code = Number(error.code)
  if ([4, 17, 32, 613].includes(code) || (code >= 80001 && code <= 80014)) {
    refuse(network, { ...res, status: 429 }, error.message, graphThrottleWaitMs(res.headers) ?? 60 * 60_000)
  }
  if (code === 190) {
    const where = network === "facebook" ? "reconnect the Page in Meta Business Suite and store its new Page access token" : "reconnect the account through its Facebook Page and store its new access token"
    throw new TokenRefusedError(`${network}: ${platformText(error.message) || "the token was refused"}`, `the token was revoked or expired: ${where}`)
  }
  refuse(network, res, error.message)
}

