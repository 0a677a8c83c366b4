import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { timingSafeEqual, createHash } from "crypto"
import { createGunzip } from "zlib"
import { getFormatter } from "../../../../../modules/social-catalog/lib/formats"
import { catalogModule } from "../../../../../modules/social-catalog"

const FILE = /^([A-Za-z0-9_-]{16,128})\.(xml|csv)(\.gz)?$/

function sameToken(a: string, b: string) {
  // Compare digests so that neither the length nor the content leaks through timing.
  const da = createHash("sha256").update(a).digest()
  const db = createHash("sha256").update(b).digest()
  return timingSafeEqual(da, db)
}

const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, "Feed not found")

/**
 * The pull feed a platform fetches: `/social/feeds/:channel_id/:token.xml` (or `.csv`, plus
 * `.gz`). Served from the File module as the last build published it, so a build in progress
 * never shows; ETag and Last-Modified let the platform skip an unchanged feed.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const match = FILE.exec(req.params.file ?? "")
  if (!match) throw notFound()
  const [, token, ext, gz] = match
  const channel: any = await catalogModule(req.scope)
    .listSocialCatalogChannels({ id: req.params.channel_id }, { take: 1 })
    .then((r) => r[0])
  if (!channel || !sameToken(token, channel.feed_token) || getFormatter(channel.feed_format).extension !== ext) {
    throw notFound()
  }
  const feed = channel.feed as { file_key: string; etag: string; built_at: string; bytes: number } | null
  if (!feed) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This feed has not been built yet")
  }
  const etag = `"${feed.etag}${gz ? "-gz" : ""}"`
  const lastModified = new Date(feed.built_at)
  res.setHeader("ETag", etag)
  res.setHeader("Last-Modified", lastModified.toUTCString())
  res.setHeader("Cache-Control", "no-cache")
  res.setHeader("X-Robots-Tag", "noindex")
  const inm = req.headers["if-none-match"]
  const ims = req.headers["if-modified-since"]
  if ((inm && inm.split(/\s*,\s*/).includes(etag)) || (!inm && ims && Math.floor(lastModified.getTime() / 1000) <= Math.floor(new Date(ims).getTime() / 1000))) {
    res.status(304).end()
    return
  }
  const stream = await req.scope.resolve(Modules.FILE).getDownloadStream(feed.file_key)
  if (gz) {
    res.setHeader("Content-Type", "application/gzip")
    res.setHeader("Content-Length", String(feed.bytes))
    stream.pipe(res)
  } else {
    res.setHeader("Content-Type", getFormatter(channel.feed_format).contentType)
    stream.pipe(createGunzip()).pipe(res)
  }
}
