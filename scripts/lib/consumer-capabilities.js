// The consumer test's tour of the built plugin: one main route of every capability, called on the
// playground app as a storefront, a browser, a crawler and an admin would. Each goes through files
// the package must ship (the card font and templates, the feed writers, the workflows, the
// subscribers), so a file missing from .medusa/server fails a check here.
"use strict"

const assert = require("assert/strict")
const fs = require("fs")
const path = require("path")

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
const FACEBOOK_CRAWLER = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"

async function waitFor(what, fn, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  let last
  while (Date.now() < deadline) {
    last = await fn()
    if (last) return last
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** The PNG's width and height, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG", "not a PNG")
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

async function exerciseCapabilities({ base, adminAuth, check, root }) {
  const json = async (method, url, body, headers = {}) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    let data = null
    try {
      data = JSON.parse(text)
    } catch {
      data = text
    }
    if (res.status >= 400) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 500)}`)
    return { status: res.status, data, headers: res.headers }
  }
  const admin = (method, url, body) => json(method, url, body, adminAuth)

  // A shop as a merchant sets it up: currencies, a sales channel with a publishable key, a product.
  let product, sc, store
  await check("a shop is set up through the admin API", async () => {
    const { data: stores } = await admin("GET", "/admin/stores")
    await admin("POST", `/admin/stores/${stores.stores[0].id}`, {
      supported_currencies: [{ currency_code: "eur", is_default: true }, { currency_code: "usd" }],
    })
    sc = (await admin("POST", "/admin/sales-channels", { name: "Playground web" })).data
    const { data: key } = await admin("POST", "/admin/api-keys", { title: "Playground storefront", type: "publishable" })
    await admin("POST", `/admin/api-keys/${key.api_key.id}/sales-channels`, { add: [sc.sales_channel.id] })
    const { data: created } = await admin("POST", "/admin/products", {
      title: "Playground Parka",
      handle: "playground-parka",
      description: "A warm parka for the consumer test.",
    thumbnail: "https://shop.playground.test/images/parka.jpg",
      status: "published",
      sales_channels: [{ id: sc.sales_channel.id }],
      options: [{ title: "Size", values: ["M"] }],
      variants: [{ title: "M", sku: "PARKA-M", options: { Size: "M" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 129 }] }],
    })
    product = created.product
    store = { "x-publishable-api-key": key.api_key.token }
  })
  if (!product) return

  let code = null
  await check("share bundle: a tracked link per network and the card URLs", async () => {
    const { data } = await json("GET", `/store/social/products/${product.id}/share`, undefined, store)
    assert.ok(data.share.links.length >= 5, "fewer links than the playground's networks")
    assert.match(data.share.cards.og.url, /\/social\/cards\/.+\/og\.png/)
    code = data.share.links.find((l) => l.network === "facebook").code
  })

  await check("/s/:code: a person is redirected to the storefront, a crawler gets the tags", async () => {
    const person = await fetch(`${base}/s/${code}`, { redirect: "manual", headers: { "user-agent": FIREFOX } })
    assert.equal(person.status, 302)
    assert.match(person.headers.get("location"), /^https:\/\/shop\.playground\.test\/products\/playground-parka\?.*sc=/)
    const crawler = await fetch(`${base}/s/${code}`, { redirect: "manual", headers: { "user-agent": FACEBOOK_CRAWLER } })
    assert.equal(crawler.status, 200)
    assert.match(await crawler.text(), /<meta property="og:image" content="[^"]+\/social\/cards\//)
  })

  await check("a card render: the shipped font and template draw a 1200x630 PNG", async () => {
    const stable = await fetch(`${base}/social/cards/${product.id}/og.png`, { redirect: "manual" })
    assert.equal(stable.status, 302, `the card answered ${stable.status}: ${(await stable.text()).slice(0, 300)}`)
    const image = await fetch(`${base}${stable.headers.get("location")}`)
    assert.equal(image.status, 200)
    assert.equal(image.headers.get("content-type"), "image/png")
    assert.deepEqual(pngSize(Buffer.from(await image.arrayBuffer())), [1200, 630])
  })

  await check("a feed: a synced channel's pull feed lists the product", async () => {
    const { data } = await admin("POST", "/admin/social/channels", {
      name: "Playground Google",
      destination: "google",
      language: "en",
      country: "de",
      currency_code: "eur",
      sales_channel_id: sc.sales_channel.id,
    })
    const channel = data.channel
    const { status, data: sync } = await admin("POST", `/admin/social/channels/${channel.id}/sync`, {})
    assert.equal(status, 202)
    await waitFor("the sync run", async () => {
      const { data: runs } = await admin("GET", `/admin/social/channels/${channel.id}/runs`)
      const run = runs.runs.find((r) => r.id === sync.run.id)
      if (run?.status === "failed") throw new Error(`the sync failed: ${JSON.stringify(run).slice(0, 500)}`)
      return run?.status === "succeeded"
    })
    const feed = await fetch(channel.feed_url.replace(/^https?:\/\/[^/]+/, base))
    assert.equal(feed.status, 200)
    const xml = await feed.text()
    if (!xml.includes("Playground Parka")) {
      const { data: items } = await admin("GET", `/admin/social/channels/${channel.id}/items?status=all`)
      throw new Error(`the feed lists no product; the channel's items: ${JSON.stringify(items).slice(0, 800)}`)
    }
    assert.match(xml, /<g:image_link>[^<]+<\/g:image_link>/)
  })

  let shopper = {}
  await check("a shopper registers and logs in", async () => {
    const email = `shopper-${Date.now()}@playground.test`
    const reg = await json("POST", "/auth/customer/emailpass/register", { email, password: "shopper-pass-1" })
    await json("POST", "/store/customers", { email, first_name: "Play", last_name: "Ground" }, { ...store, authorization: `Bearer ${reg.data.token}` })
    const login = await json("POST", "/auth/customer/emailpass", { email, password: "shopper-pass-1" })
    shopper = { ...store, authorization: `Bearer ${login.data.token}` }
  })

  await check("reviews: a review is written, published and listed with its stats", async () => {
    await admin("POST", "/admin/social/reward-rules", {
      name: "Thanks for reviewing",
      status: "active",
      trigger: "review_approved",
      reward: { type: "fixed", value: 5, currency_code: "eur" },
    })
    const { status } = await json(
      "POST",
      "/store/social/reviews",
      { product_id: product.id, rating: 5, title: "Very warm", body: "Kept me warm all winter long." },
      shopper
    )
    assert.equal(status, 201)
    const { data } = await json("GET", `/store/social/products/${product.id}/reviews`, undefined, store)
    assert.equal(data.count, 1)
    assert.equal(data.reviews[0].title, "Very warm")
    assert.equal(data.stats.count, 1)
  })

  await check("rewards: the review's reward and a referral code are the shopper's", async () => {
    const { data: referral } = await json("GET", "/store/social/me/referral", undefined, shopper)
    assert.match(referral.referral.code, /^[A-Za-z0-9-]{4,}$/)
    const rewards = await waitFor("the review's reward grant", async () => {
      const { data } = await json("GET", "/store/social/me/rewards", undefined, shopper)
      return data.rewards.length ? data.rewards : null
    })
    assert.equal(rewards[0].reason, "review")
    assert.deepEqual(rewards[0].reward, { type: "fixed", value: 5, currency_code: "eur" })
  })

  await check("touches: a landing is recorded for the visitor", async () => {
    const { status, data } = await json("POST", "/store/social/touches", { utm_source: "facebook", utm_medium: "social", sc: code, landing_path: "/products/playground-parka" }, store)
    assert.equal(status, 201)
    assert.equal(data.recorded, true)
    assert.match(data.visitor_id, /^[A-Za-z0-9_-]{8,64}$/)
  })

  await check("the attribution report answers its groups", async () => {
    const { data } = await admin("GET", "/admin/social/attribution/report?group_by=network")
    assert.equal(data.report.group_by, "network")
    assert.ok(Array.isArray(data.report.groups) && Array.isArray(data.report.series), JSON.stringify(data.report).slice(0, 300))
    assert.deepEqual(Object.keys(data.report.totals).sort(), ["aov", "orders", "revenue"])
  })

  await check("the admin bundle is in the package and the package exports it", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))
    const entry = path.join(root, pkg.exports["./admin"].require)
    assert.ok(fs.existsSync(entry), `the package's ./admin export (${entry}) is missing`)
    const source = fs.readFileSync(entry, "utf8")
    assert.ok(source.length > 10_000, `the admin bundle is ${source.length} bytes`)
    assert.match(source, /social/i)
  })
}

module.exports = { exerciseCapabilities }
