// A loopback server for the widgets' browser smoke test and benchmark: the widget bundles (built
// from src/widgets, served with the plugin route's URLs and headers), pages under a strict
// Content-Security-Policy, and a fake store API answering the routes the widgets call with the
// shapes the plugin's routes answer (see docs/*.md), 20 reviews per product.
"use strict"

const http = require("http")
const { buildWidgets } = require("../../scripts/lib/widgets-build")

// 1x1 transparent PNG for review photos and cards.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64")
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; require-trusted-types-for 'script'"

function reviews(productId, n = 20) {
  return Array.from({ length: n }, (_, i) => ({
    id: `prev_${String(i).padStart(4, "0")}`,
    product_id: productId,
    rating: 5 - (i % 5),
    title: `Review ${i + 1} <b>not bold</b>`,
    body: `Body of review ${i + 1}. Wore it on three hikes; it kept me warm and dry. `.repeat(2),
    author_name: i % 4 ? `Customer ${i + 1}` : null,
    verified_purchase: i % 3 !== 0,
    incentivized: i % 7 === 0,
    helpful_count: i,
    created_at: new Date(Date.UTC(2026, 10, 30 - i)).toISOString(),
    updated_at: new Date(Date.UTC(2026, 10, 30 - i)).toISOString(),
    media: i % 5 === 0 ? [{ url: `/img/photo-${i}.png`, width: 800, height: 600, mime_type: "image/jpeg" }] : [],
    response: i % 6 === 0 ? { body: "Thank you for your review!", created_at: new Date().toISOString(), updated_at: new Date().toISOString() } : null,
  }))
}

function page(body, head = "") {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>widgets</title>${head}</head><body>${body}</body></html>`
}

/**
 * Starts the fixture. `pages` maps a path to HTML served under the strict CSP, `scripts` a path
 * to JavaScript (the CSP allows only same-origin files); `state` records
 * what the fake API received (touches, binds, reviews, helpful votes, promotions).
 */
async function startFixture({ pages = {}, scripts = {}, reviewCount = 20, loggedIn = true, minify = true } = {}) {
  const assets = await buildWidgets({ minify })
  const byFile = new Map(assets.map((a) => [a.file, a]))
  const all = assets.find((a) => a.name === "social-widgets")
  const state = { touches: [], binds: [], reviews: [], helpful: [], promotions: [], claims: [] }
  const list = reviews("prod_1", reviewCount)

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://x")
    const p = url.pathname
    const json = (status, body, headers = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers })
      res.end(JSON.stringify(body))
    }
    const readBody = () =>
      new Promise((resolve) => {
        const chunks = []
        req.on("data", (c) => chunks.push(c))
        req.on("end", () => resolve(Buffer.concat(chunks)))
      })
    if (pages[p] !== undefined) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP })
      return res.end(pages[p])
    }
    if (scripts[p] !== undefined) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" })
      return res.end(scripts[p])
    }
    if (p === "/social/widgets/v1.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=300" })
      return res.end(`export * from "./${all.file}"\n`)
    }
    const m = /^\/social\/widgets\/(.+)$/.exec(p)
    if (m) {
      const a = byFile.get(m[1])
      if (!a) return json(404, { message: "Widget file not found" })
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=31536000, immutable" })
      return res.end(a.code)
    }
    if (p === "/favicon.ico") {
      res.writeHead(204)
      return res.end()
    }
    if (p.startsWith("/img/") || p.startsWith("/social/cards/")) {
      res.writeHead(200, { "content-type": "image/png" })
      return res.end(PNG)
    }
    if (!req.headers["x-publishable-api-key"] && p.startsWith("/store/")) {
      return json(400, { message: "Publishable API key required in the request header: x-publishable-api-key." })
    }
    let r
    if ((r = /^\/store\/social\/products\/([^/]+)\/reviews$/.exec(p))) {
      const limit = Number(url.searchParams.get("limit") ?? 10)
      const offset = Number(url.searchParams.get("offset") ?? 0)
      const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
      for (const x of list) distribution[x.rating]++
      const average = list.length ? list.reduce((a, x) => a + x.rating, 0) / list.length : null
      return json(200, {
        reviews: list.slice(offset, offset + limit),
        count: list.length,
        offset,
        limit,
        sort: url.searchParams.get("sort") ?? "newest",
        stats: { count: list.length, average, distribution, verified_count: list.filter((x) => x.verified_purchase).length, photo_count: 4 },
      })
    }
    if ((r = /^\/store\/social\/products\/([^/]+)\/share$/.exec(p))) {
      const id = r[1]
      const card = (f, w, h) => ({ url: `/social/cards/${id}/${f}.png`, width: w, height: h, type: "png" })
      const links = ["facebook", "x", "pinterest", "whatsapp", "email"].map((network, i) => ({
        network,
        code: `Code${i}abcde`,
        url: `${url.origin}/s/Code${i}abcde`,
        intent_url: network === "email" ? `mailto:?subject=Trail%20Tee&body=x` : `https://example.com/share/${network}?u=Code${i}abcde`,
      }))
      return json(200, {
        share: {
          product_id: id,
          customer_id: loggedIn ? "cus_1" : null,
          text: "Trail Tee – 12,50 €",
          links,
          web_share: { title: "Trail Tee", text: "Trail Tee – 12,50 €", url: `${url.origin}/s/WebShare01`, code: "WebShare01", image_url: card("story", 1080, 1920).url, image: card("story", 1080, 1920) },
          cards: { og: card("og", 1200, 630), square: card("square", 1080, 1080), story: card("story", 1080, 1920) },
          meta: {
            title: "Trail Tee",
            description: "A light tee for long trails.",
            canonical_url: "https://shop.test/products/trail-tee",
            tags: [{ property: "og:title", content: "Trail Tee" }],
            json_ld: { "@context": "https://schema.org", "@type": "Product", name: "Trail Tee" },
          },
        },
      })
    }
    if (p === "/store/social/reviews" && req.method === "POST") {
      const body = await readBody()
      state.reviews.push({ type: req.headers["content-type"], bytes: body.length, text: body.toString("latin1") })
      const text = body.toString("latin1")
      const reviewBody = /json/.test(req.headers["content-type"]) ? JSON.parse(text).body : (/name="body"\r\n\r\n([^\r]*)\r\n/.exec(text) ?? [])[1]
      if ((reviewBody ?? "").length < 10) return json(400, { type: "invalid_data", message: "Invalid request: body: must be at least 10 characters" })
      return json(201, { review: { ...list[0], id: "prev_new", status: "pending" } })
    }
    if ((r = /^\/store\/social\/reviews\/([^/]+)\/helpful$/.exec(p))) {
      state.helpful.push({ id: r[1], body: JSON.parse((await readBody()).toString() || "{}") })
      return json(200, { created: true, helpful_count: 99 })
    }
    if (p === "/store/social/touches") {
      const body = JSON.parse((await readBody()).toString())
      state.touches.push(body)
      if (body.consent === "denied") {
        return json(200, { visitor_id: body.visitor_id ?? "v_issuedByApi0001", visitor_id_issued: !body.visitor_id, recorded: false, touch: null, reason: "consent denied" })
      }
      return json(201, {
        visitor_id: body.visitor_id ?? "v_issuedByApi0001",
        visitor_id_issued: !body.visitor_id,
        recorded: true,
        touch: { id: "stch_1", network: body.utm_source ?? "direct", consent: body.consent ?? "analytics", direct: !body.utm_source },
      })
    }
    if (p === "/store/social/touches/bind") {
      const body = JSON.parse((await readBody()).toString())
      state.binds.push(body)
      return json(200, { visitor_id: body.visitor_id ?? req.headers["x-social-visitor-id"], cart_id: body.cart_id, bound: 1 })
    }
    if (!loggedIn && (p.startsWith("/store/social/me/") || p === "/store/social/referrals/claim")) {
      return json(401, { type: "unauthorized", message: "Unauthorized" })
    }
    if (p === "/store/social/me/referral") {
      return json(200, { referral: { code: "REF-7K3M-Q9XF", link: "https://shop.test/?ref=REF-7K3M-Q9XF", friends_joined: 2, friends_pending: 1 } })
    }
    if (p === "/store/social/referrals/claim") {
      const body = JSON.parse((await readBody()).toString())
      state.claims.push(body)
      if (body.code === "BAD") return json(400, { type: "invalid_data", message: "Invalid request: code: must be a referral code" })
      return json(201, { referral: { id: "sref_1", code: body.code, status: "pending" } })
    }
    if (p === "/store/social/me/rewards") {
      return json(200, {
        rewards: [
          { id: "g1", status: "issued", reward: { type: "fixed", value: 5, currency_code: "eur" }, reason: "review", code: "RVW-AAAA-BBBB", expires_at: "2027-01-04T00:00:00.000Z", available_at: null, created_at: "2026-12-01T00:00:00.000Z" },
          { id: "g2", status: "held", reward: { type: "percentage", value: 10, currency_code: null }, reason: "referral", code: null, expires_at: null, available_at: "2027-01-01T00:00:00.000Z", created_at: "2026-12-01T00:00:00.000Z" },
        ],
        referral: null,
      })
    }
    if ((r = /^\/store\/carts\/([^/]+)\/promotions$/.exec(p))) {
      const body = JSON.parse((await readBody()).toString())
      state.promotions.push({ cart_id: r[1], ...body })
      return json(200, { cart: { id: r[1], promotions: body.promo_codes.map((code) => ({ code })) } })
    }
    json(404, { message: "not found" })
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  const origin = `http://127.0.0.1:${server.address().port}`
  return { origin, state, assets, stop: () => new Promise((resolve) => server.close(resolve)), server }
}

module.exports = { startFixture, page, CSP }
