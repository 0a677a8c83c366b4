import { PhotoRejectedError, reencodePhoto, type EncodedPhoto, type PhotoLimits } from "../../../modules/product-review/lib/photos"

/** Photo hosts allowed when an import names none: the CDNs Judge.me's and Yotpo's exports link to. */
export const DEFAULT_IMPORT_PHOTO_HOSTS = ["judgeme.imgix.net", "cdn.judge.me", "images-na.ssl-images-amazon.com", "cdn-yotpo-images-production.yotpo.com", "images.yotpo.com"]

const FETCH_TIMEOUT_MS = 10_000

/**
 * Fetches an imported review's photo, once, under the same limits as an upload: only from an
 * allowed host (exact name, so a URL cannot send the server to an internal address), no
 * redirects (they could leave the list), at most `maxBytes` read (the stream is cut there, a
 * wrong Content-Length changes nothing), then re-encoded like an upload (format sniffed, pixels
 * checked from the header, metadata dropped). Throws PhotoRejectedError with the reason.
 */
export async function fetchImportPhoto(url: string, hosts: string[], limits: PhotoLimits): Promise<EncodedPhoto> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new PhotoRejectedError("is not a URL")
  }
  if (!["http:", "https:"].includes(parsed.protocol)) throw new PhotoRejectedError("must be an http(s) URL")
  if (!hosts.includes(parsed.host) && !hosts.includes(parsed.hostname)) {
    throw new PhotoRejectedError(`is on ${parsed.host}, which is not an allowed photo host`)
  }
  let res: Response
  try {
    res = await fetch(parsed, { redirect: "manual", signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
  } catch (e) {
    throw new PhotoRejectedError(`could not be fetched (${(e as Error).name === "TimeoutError" ? "timed out" : "network error"})`)
  }
  if (res.status !== 200 || !res.body) {
    await res.body?.cancel().catch(() => undefined)
    throw new PhotoRejectedError(`could not be fetched (HTTP ${res.status})`)
  }
  const declared = Number(res.headers.get("content-length"))
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await res.body.cancel().catch(() => undefined)
    throw new PhotoRejectedError(`is larger than ${Math.floor(limits.maxBytes / 1024)} KB`)
  }
  const chunks: Buffer[] = []
  let size = 0
  const reader = res.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limits.maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new PhotoRejectedError(`is larger than ${Math.floor(limits.maxBytes / 1024)} KB`)
    }
    chunks.push(Buffer.from(value))
  }
  return reencodePhoto(Buffer.concat(chunks), limits)
}
