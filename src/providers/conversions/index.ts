import { metaProvider } from "./meta"
import { pinterestProvider } from "./pinterest"
import { tiktokProvider } from "./tiktok"
import type { ConversionProvider } from "./types"

export * from "./types"
export * from "./normalize"
export { metaProvider, tiktokProvider, pinterestProvider }

export const CONVERSION_PROVIDERS: Record<"meta" | "tiktok" | "pinterest", ConversionProvider<any>> = {
  meta: metaProvider,
  tiktok: tiktokProvider,
  pinterest: pinterestProvider,
}

/** Delay before attempt n+1: exponential (30 s, 1 min, 2 min ...) capped at 6 h, with jitter. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000)
  return Math.round(base / 2 + random() * (base / 2))
}

/** Sends one request with a timeout; network failures come back as retryable. */
export async function sendConversion(
  provider: ConversionProvider<any>,
  request: ReturnType<ConversionProvider<any>["buildRequest"]>,
  timeoutMs = 10_000
) {
  try {
    const res = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await res.text()
    let body: unknown = null
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      body = null
    }
    const headers: Record<string, string | undefined> = {}
    res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v))
    return provider.interpretResponse(res.status, body, headers)
  } catch (e) {
    return { ok: false as const, retryable: true, error: `network: ${e?.message ?? e}` }
  }
}
