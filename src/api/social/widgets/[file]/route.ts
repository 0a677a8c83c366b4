import { createHash } from "crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { manifestBody, stableModule, STABLE_FILE, widgetAssets } from "../assets"

const IMMUTABLE = "public, max-age=31536000, immutable"
// The stable URL is what script tags name: a storefront picks up a new release within minutes.
const SHORT = "public, max-age=300, stale-while-revalidate=3600"
const FILE = /^[a-z-]+\.[0-9a-f]{16}\.js$/

/**
 * Sends a body with its ETag (answering 304 to a matching If-None-Match). Module scripts are
 * fetched in CORS mode: a storefront on another origin needs Access-Control-Allow-Origin, and the
 * files are public and take no credentials, so any origin may load them.
 */
function send(req: MedusaRequest, res: MedusaResponse, body: Buffer | string, type: string, cache: string, etag: string) {
  res.set("Content-Type", type)
  res.set("Cache-Control", cache)
  res.set("ETag", `"${etag}"`)
  res.set("Access-Control-Allow-Origin", "*")
  res.set("Cross-Origin-Resource-Policy", "cross-origin")
  res.set("X-Content-Type-Options", "nosniff")
  const inm = req.headers["if-none-match"]
  if (inm && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === `"${etag}"`)) {
    res.status(304).end()
    return
  }
  res.status(200).send(body)
}

/**
 * GET /social/widgets/:file: the storefront widgets. `<name>.<hash>.js` is a bundle under its
 * content hash (cached for a year); `v1.js` re-exports the current bundle of all widgets (short
 * cache); `manifest.json` lists the hashed URLs with their SRI hashes. No key, no auth: a
 * script tag opens them.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const file = req.params.file
  if (file !== STABLE_FILE && file !== "manifest.json" && !FILE.test(file)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Widget file not found")
  }
  const assets = await widgetAssets()
  if (file === STABLE_FILE) {
    const body = stableModule(assets)
    return send(req, res, body, "text/javascript; charset=utf-8", SHORT, createHash("sha256").update(body).digest("hex").slice(0, 16))
  }
  if (file === "manifest.json") {
    const body = JSON.stringify(manifestBody(assets))
    return send(req, res, body, "application/json; charset=utf-8", SHORT, createHash("sha256").update(body).digest("hex").slice(0, 16))
  }
  const asset = assets.get(file)
  if (!asset) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Widget file not found")
  }
  send(req, res, asset.code, "text/javascript; charset=utf-8", IMMUTABLE, asset.hash)
}
