#!/usr/bin/env node
// `npm run test:widgets`: the storefront widgets in headless Chromium, on a page served under a
// strict Content-Security-Policy (no inline script or style, Trusted Types required) against a
// fake store API on loopback (bench/lib/widgets-fixture.js). Checks that every widget renders,
// that nothing breaks the CSP, the keyboard path through sharing and the review form, the
// server's 400 under the field it names, the tracker's landing and bind, "apply to cart",
// French, and axe-core (no serious or critical violation). The whole shopper journey against a
// real server is the demo storefront's test.
"use strict"

const assert = require("assert/strict")
const fs = require("fs")
const { chromium } = require("playwright-core")
const { startFixture, page } = require("../bench/lib/widgets-fixture")
const { createChecks } = require("./lib/checks")

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const { check, summary } = createChecks("widgets")
const KEY = 'backend-url="" publishable-key="pk_test"'

const PAGES = {
  "/product": page(`
    <social-tracker consent="granted" ${KEY}></social-tracker>
    <social-rating product-id="prod_1" ${KEY} href="#reviews"></social-rating>
    <social-share product-id="prod_1" currency="eur" ${KEY}></social-share>
    <social-reviews id="reviews" product-id="prod_1" page-size="5" ${KEY}></social-reviews>`, '<script type="module" src="/social/widgets/v1.js"></script>'),
  "/account": page(`
    <social-referral ${KEY}></social-referral>
    <social-rewards cart-id="cart_01ABCDEFGHJK" ${KEY}></social-rewards>
    <social-tracker consent="pending" cart-id="cart_01ABCDEFGHJK" ${KEY}></social-tracker>`, '<script type="module" src="/social/widgets/v1.js"></script>'),
  "/fr": `<!doctype html><html lang="fr"><head><meta charset="utf-8"><script type="module" src="/social/widgets/v1.js"></script></head><body>
    <social-reviews product-id="prod_1" ${KEY}></social-reviews><social-rewards ${KEY}></social-rewards></body></html>`,
}

const shadowText = (p, selector) => p.locator(selector).evaluate((el) => el.shadowRoot.textContent)

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`widgets browser test: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`)
    process.exit(1)
  }
  const fixture = await startFixture({ pages: PAGES })
  await check("the fake store API answers what the OpenAPI document says the plugin's routes answer", async () => {
    require("../bench/lib/ts-hook")
    const { buildOpenApiDocument } = require("../src/api/openapi/document")
    const { createResponseValidator } = require("../src/api/openapi/__tests__/validate-response")
    const validator = createResponseValidator(buildOpenApiDocument())
    const headers = { "x-publishable-api-key": "pk_test", "content-type": "application/json" }
    const calls = [
      ["GET", "/store/social/products/prod_1/reviews?limit=20&offset=0&sort=newest"],
      ["GET", "/store/social/products/prod_1/share?currency_code=eur"],
      ["POST", "/store/social/reviews", { product_id: "prod_1", rating: 5, title: "Warm", body: "Wore it on three hikes." }],
      ["POST", "/store/social/reviews", { product_id: "prod_1", rating: 5, title: "Warm", body: "short" }],
      ["POST", "/store/social/reviews/prev_0001/helpful", { visitor_id: "v_abcdefgh" }],
      ["POST", "/store/social/touches", { utm_source: "facebook", consent: "granted" }],
      ["POST", "/store/social/touches", { consent: "denied", visitor_id: "v_abcdefgh" }],
      ["POST", "/store/social/touches/bind", { cart_id: "cart_01ABCDEFGHJK", visitor_id: "v_abcdefgh" }],
      ["GET", "/store/social/me/referral"],
      ["GET", "/store/social/me/rewards"],
      ["POST", "/store/social/referrals/claim", { code: "REF-7K3M-Q9XF" }],
      ["POST", "/store/social/referrals/claim", { code: "BAD" }],
    ]
    const problems = []
    for (const [method, path, body] of calls) {
      const res = await fetch(fixture.origin + path, { method, headers, body: body && JSON.stringify(body) })
      const found = validator.check(method, new URL(path, "http://x").pathname, res.status, res.headers.get("content-type"), await res.json())
      problems.push(...(found ?? [`${method} ${path}: not in the document`]))
    }
    // What the contract calls recorded is not part of the browser checks below.
    for (const list of Object.values(fixture.state)) list.length = 0
    assert.deepEqual(problems, [])
  })

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] })
  try {
    const context = await browser.newContext()
    const p = await context.newPage()
    const violations = []
    const errors = []
    p.on("console", (m) => m.type() === "error" && errors.push(m.text()))
    p.on("pageerror", (e) => errors.push(String(e)))
    await p.exposeFunction("__csp", (v) => violations.push(v))
    await p.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => window.__csp(`${e.violatedDirective} ${e.blockedURI}`)))

    await check("product page: share, rating and reviews render under a strict CSP with no violation", async () => {
      await p.goto(`${fixture.origin}/product?utm_source=facebook&utm_campaign=summer&fbclid=IwAR2F4-dbP0&sc=abcd1234`)
      await p.waitForFunction(() => document.querySelector("social-reviews")?.shadowRoot?.querySelectorAll("li.review").length === 5)
      await p.waitForFunction(() => document.querySelector("social-share")?.shadowRoot?.querySelector("a[data-network=x]"))
      assert.match(await shadowText(p, "social-rating"), /Rated 3\.0 out of 5, 20 reviews/)
      const reviews = await shadowText(p, "social-reviews")
      assert.match(reviews, /Based on 20 reviews/)
      assert.match(reviews, /Review 1 <b>not bold<\/b>/, "a review's markup is shown as text")
      assert.match(reviews, /Reply from the shop/)
      assert.match(reviews, /Page 1 of 4/)
      const bars = await p.locator("social-reviews").evaluate((el) =>
        [...el.shadowRoot.querySelectorAll("[part=bar-fill]")].map((b) => getComputedStyle(b).width !== "0px")
      )
      assert.deepEqual(bars, [true, true, true, true, true], "histogram bars are drawn (styles applied)")
      assert.deepEqual(violations, [])
      assert.deepEqual(errors, [])
    })

    await check("the tracker records the landing once with UTM, click id, share code and consent", async () => {
      await p.waitForFunction(() => document.cookie.includes("_social_vid="))
      assert.equal(fixture.state.touches.length, 1)
      const t = fixture.state.touches[0]
      assert.equal(t.utm_source, "facebook")
      assert.equal(t.fbclid, "IwAR2F4-dbP0")
      assert.equal(t.sc, "abcd1234")
      assert.equal(t.consent, "granted")
      assert.match(t.landing_path, /^\/product\?utm_source=facebook/)
      await p.reload()
      await p.waitForFunction(() => document.querySelector("social-reviews")?.shadowRoot?.querySelector("li.review"))
      assert.equal(fixture.state.touches.length, 1, "a reload records nothing again")
    })

    await check("keyboard: Tab reaches the share links and copy; Enter on 'Next' pages the reviews", async () => {
      const names = []
      for (let i = 0; i < 12; i++) {
        await p.keyboard.press("Tab")
        names.push(await p.evaluate(() => {
          let el = document.activeElement
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
          return el ? `${el.tagName}:${el.getAttribute("aria-label") ?? el.textContent}` : ""
        }))
      }
      assert.ok(names.some((n) => n === "A:Share on Facebook"), names.join(" | "))
      assert.ok(names.some((n) => n === "BUTTON:Copy link"), names.join(" | "))
      const next = p.locator("social-reviews").locator("button", { hasText: "Next" })
      await next.focus()
      await p.keyboard.press("Enter")
      await p.waitForFunction(() => /Page 2 of 4/.test(document.querySelector("social-reviews").shadowRoot.textContent))
    })

    await check("review form: keyboard only; the server's 400 shows under the field it names; then it posts multipart with the photo", async () => {
      const reviews = p.locator("social-reviews")
      await reviews.locator("button[part~=write]").focus()
      await p.keyboard.press("Enter")
      assert.equal(await reviews.locator("button[part~=write]").getAttribute("aria-expanded"), "true")
      await p.keyboard.press("Space") // the first radio has focus: 5 stars
      await p.keyboard.press("Tab")
      await p.keyboard.type("Warm and light")
      await p.keyboard.press("Tab")
      await p.keyboard.type("short")
      await reviews.locator("button[type=submit]").focus()
      await p.keyboard.press("Enter")
      const bodyError = reviews.locator("[data-error=body]")
      await bodyError.filter({ hasText: "must be at least 10 characters" }).waitFor()
      assert.equal(await reviews.locator("textarea").getAttribute("aria-invalid"), "true")
      await reviews.locator("textarea").fill("Wore it on three hikes, it kept me warm.")
      await reviews.locator("input[type=file]").setInputFiles({ name: "trail.png", mimeType: "image/png", buffer: Buffer.from("89504e470d0a1a0a", "hex") })
      await reviews.locator("button[type=submit]").click()
      await reviews.locator("[part=success]").waitFor()
      const sent = fixture.state.reviews.at(-1)
      assert.match(sent.type, /^multipart\/form-data; boundary=/)
      assert.match(sent.text, /name="rating"\r\n\r\n5\r\n/)
      assert.match(sent.text, /name="photos"; filename="trail.png"/)
    })

    await check("helpful vote posts the visitor id and shows the new count", async () => {
      const reviews = p.locator("social-reviews")
      await reviews.locator("button[part~=helpful]").first().click()
      await reviews.locator("button[part~=helpful][aria-pressed=true]").waitFor()
      assert.match(fixture.state.helpful.at(-1).body.visitor_id, /^v_/)
    })

    // axe-core is injected through the test harness (a strict page CSP would refuse an injected
    // script, so it goes in before the page's own scripts via addScriptTag on a CSP-bypassing context).
    const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")
    async function axe(url, ready) {
      const ctx = await browser.newContext({ bypassCSP: true })
      const pg = await ctx.newPage()
      await pg.goto(url)
      await pg.waitForFunction(ready)
      await pg.addScriptTag({ content: axeSource })
      const result = await pg.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }))
      await ctx.close()
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" > ")).slice(0, 3).join(", ")}`)
    }
    await check("axe-core: no serious or critical violation on the product and account pages (form open)", async () => {
      const product = await axe(`${fixture.origin}/product`, () => {
        const r = document.querySelector("social-reviews")?.shadowRoot
        const b = r?.querySelector("button[part~=write]")
        if (!r?.querySelector("li.review") || !b) return false
        if (b.getAttribute("aria-expanded") !== "true") b.click()
        return Boolean(document.querySelector("social-share")?.shadowRoot?.querySelector("a"))
      })
      const accountPage = await axe(`${fixture.origin}/account`, () =>
        Boolean(document.querySelector("social-rewards")?.shadowRoot?.querySelector("[part~=apply]") && document.querySelector("social-referral")?.shadowRoot?.querySelector("[part=code]"))
      )
      assert.deepEqual([...product, ...accountPage], [])
    })

    const account = await context.newPage()
    await check("account page: referral code and claim (400 under the field), rewards with apply to cart, touches bound after consent", async () => {
      await account.goto(`${fixture.origin}/account`)
      await account.locator("social-referral").locator("[part=code]").filter({ hasText: "REF-7K3M-Q9XF" }).waitFor()
      const claim = account.locator("social-referral").locator("input[name=code]")
      await claim.fill("BAD")
      await claim.press("Enter")
      await account.locator("social-referral").locator("[part=claim-message]").filter({ hasText: "must be a referral code" }).waitFor()
      const rewards = account.locator("social-rewards")
      await rewards.locator("[part~=code]").filter({ hasText: "RVW-AAAA-BBBB" }).waitFor()
      assert.match(await shadowText(account, "social-rewards"), /€5\.00 off/)
      assert.match(await shadowText(account, "social-rewards"), /10% off/)
      const applied = account.evaluate(() => new Promise((r) => document.addEventListener("social-reward-applied", (e) => r(e.detail.code), { once: true })))
      await rewards.locator("button[part~=apply]").click()
      assert.equal(await applied, "RVW-AAAA-BBBB")
      assert.deepEqual(fixture.state.promotions.at(-1), { cart_id: "cart_01ABCDEFGHJK", promo_codes: ["RVW-AAAA-BBBB"] })
      assert.equal(fixture.state.binds.length, 0, "nothing is bound while consent is pending")
      await account.evaluate(() => document.querySelector("social-tracker[consent=pending]").setAttribute("consent", "analytics"))
      await account.waitForFunction(() => true)
      await new Promise((r) => setTimeout(r, 300))
      assert.equal(fixture.state.binds.length, 1)
      assert.equal(fixture.state.binds[0].cart_id, "cart_01ABCDEFGHJK")
      assert.match(fixture.state.binds[0].visitor_id, /^v_/)
    })

    await check("withdrawn consent: the tracker asks the server to erase the visitor and drops its cookie", async () => {
      const before = fixture.state.touches.length
      await account.evaluate(() => document.querySelector("social-tracker").setAttribute("consent", "denied"))
      await account.waitForFunction(() => !document.cookie.includes("_social_vid="))
      const last = fixture.state.touches.at(-1)
      assert.equal(fixture.state.touches.length, before + 1)
      assert.equal(last.consent, "denied")
      assert.match(last.visitor_id, /^v_/)
      assert.deepEqual(Object.keys(last).sort(), ["consent", "visitor_id"])
    })

    await check("French from the page's lang: words, numbers and money", async () => {
      const fr = await context.newPage()
      await fr.goto(`${fixture.origin}/fr`)
      await fr.locator("social-rewards").locator("[part~=code]").first().waitFor()
      await fr.waitForFunction(() => document.querySelector("social-reviews")?.shadowRoot?.querySelector("li.review"))
      assert.match(await shadowText(fr, "social-reviews"), /Sur la base de 20 avis/)
      assert.match(await shadowText(fr, "social-reviews"), /Achat vérifié/)
      assert.match(await shadowText(fr, "social-rewards"), /5,00\s€ de remise/)
    })
    assert.deepEqual(violations, [], "no CSP violation on any page")
  } finally {
    await browser.close()
    await fixture.stop()
  }
  const results = summary()
  process.exit(results.failed ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
