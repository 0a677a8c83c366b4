import fs from "fs"
import http from "http"
import path from "path"
import Medusa from "@medusajs/js-sdk"
import { createSocialClient } from "../../src/client"
import type { Raw } from "./html"
import { layout, type PageConfig } from "./layout"
import { accountPage, cartPage, checkoutPage, errorPage, notFoundPage, productHead, productList, productPage, type MetaTags } from "./pages"

export type StorefrontOptions = {
  port: number
  /** Medusa as the browser and this server reach it. */
  medusaUrl: string
  publishableKey: string
  /** The bundled page script and stylesheet (see scripts/lib/storefront.js). */
  assetsDir: string
  currencyCode?: string
  locale?: string
}

const safeDecode = (s: string): string | null => {
  try {
    return decodeURIComponent(s)
  } catch {
    return null // a malformed escape is a page that does not exist
  }
}

const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder"

/**
 * The demo storefront: a small HTTP server that renders the product list and product pages on the
 * server with the js-sdk (the product page's meta tags from the plugin's meta route, so crawlers
 * see them), and page shells for the cart, checkout and account that the page script fills in the
 * browser. Not part of the published plugin.
 */
export async function startStorefront(opts: StorefrontOptions): Promise<http.Server> {
  const sdk = new Medusa({ baseUrl: opts.medusaUrl, publishableKey: opts.publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })
  const social = createSocialClient(sdk)
  const currencyCode = opts.currencyCode ?? "eur"
  const locale = opts.locale ?? "en"
  const { regions } = await sdk.store.region.list({ fields: "id,currency_code" })
  const region = regions.find((r) => r.currency_code === currencyCode) ?? regions[0]
  if (!region) {
    throw new Error("the store has no region: seed it first (npm run demo does)")
  }
  const config: PageConfig = { medusaUrl: opts.medusaUrl, publishableKey: opts.publishableKey, regionId: region.id, currencyCode: region.currency_code, locale }
  const page = (title: string, name: string, body: Raw, head?: Raw) => layout({ title, page: name, config, body, head })

  async function route(url: URL): Promise<{ status: number; type: string; body: string | Buffer; cache?: string }> {
    const htmlType = "text/html; charset=utf-8"
    if (url.pathname === "/") {
      const { products } = await sdk.store.product.list({ region_id: region.id, fields: PRODUCT_FIELDS, limit: 48, order: "title" })
      return { status: 200, type: htmlType, body: page("Medusa Social Demo", "home", productList(products, locale)) }
    }
    const product = /^\/products\/([^/]+)\/?$/.exec(url.pathname)
    if (product) {
      const handle = safeDecode(product[1])
      const { products } = handle === null ? { products: [] } : await sdk.store.product.list({ handle, region_id: region.id, fields: PRODUCT_FIELDS, limit: 1 })
      if (!products[0]) {
        return { status: 404, type: htmlType, body: page("Not found", "not-found", notFoundPage()) }
      }
      const p = products[0]
      const { meta } = await social.store.meta(p.id, { currency_code: region.currency_code })
      return { status: 200, type: htmlType, body: page(meta.title, "product", productPage(p, locale), productHead(meta as MetaTags)) }
    }
    if (url.pathname === "/cart") return { status: 200, type: htmlType, body: page("Cart", "cart", cartPage()) }
    if (url.pathname === "/checkout") return { status: 200, type: htmlType, body: page("Checkout", "checkout", checkoutPage()) }
    if (url.pathname === "/account") return { status: 200, type: htmlType, body: page("Account", "account", accountPage(locale)) }
    const asset = /^\/assets\/(app\.js|style\.css)$/.exec(url.pathname)
    if (asset) {
      const type = asset[1].endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8"
      return { status: 200, type, body: fs.readFileSync(path.join(opts.assetsDir, asset[1])), cache: "no-cache" }
    }
    return { status: 404, type: htmlType, body: page("Not found", "not-found", notFoundPage()) }
  }

  // Scripts only from this origin and Medusa's (the widgets): the widgets promise to work under a
  // strict policy with no inline script, and the demo holds them to it.
  const csp = [`default-src 'self'`, `script-src 'self' ${opts.medusaUrl}`, `connect-src 'self' ${opts.medusaUrl}`, `img-src 'self' data: blob: ${opts.medusaUrl}`, `style-src 'self' 'unsafe-inline'`, `object-src 'none'`, `base-uri 'none'`].join("; ")

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://storefront.local")
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end()
      return
    }
    route(url)
      .then(({ status, type, body, cache }) => {
        res.writeHead(status, { "content-type": type, "cache-control": cache ?? "no-store", "content-security-policy": csp, "x-content-type-options": "nosniff" })
        res.end(req.method === "HEAD" ? undefined : body)
      })
      .catch((e) => {
        console.error(`storefront: ${req.method} ${url.pathname}: ${e?.message ?? e}`)
        const status = e?.status === 404 ? 404 : 502
        res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
        res.end(page(status === 404 ? "Not found" : "Store unavailable", "error", status === 404 ? notFoundPage() : errorPage()))
      })
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(opts.port, () => resolve())
  })
  return server
}
