// The shopper's journey on the demo storefront, in the browser test's Chromium and against the
// demo it already started (no second demo): a customer shares a product with the keyboard; a
// second visitor opens that share link, lands (the tracker records it), registers and buys; the
// admin's attribution report lists the order under the share link; the buyer reviews the product
// with a photo through the reviews widget, with the keyboard; the admin approves it; the review
// reward's code shows in the buyer's rewards widget and "apply to cart" lowers the checkout total;
// a new customer claims the referral code the sharer's referral widget shows, and another who opens
// the referral link has it claimed by the storefront at registration. Every widget passes
// axe-core with no serious or critical violation.
"use strict"

const path = require("path")
const sharp = require("sharp")
const { assertAccessible } = require("./axe")

const PRODUCT = "nordlys-wool-beanie"
const REVIEW_TITLE = "Warm beanie, seen on a friend's share"
const REWARD_EUR = 7

const need = (value, what) => {
  if (!value) throw new Error(`an earlier step did not give ${what}`)
  return value
}

/** Presses Tab until the focus is on an element matching `predicate` (inside widgets' shadow roots too). */
async function tabTo(page, description, predicate, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab")
    const hit = await page.evaluate(predicate)
    if (hit) return
  }
  throw new Error(`Tab never reached ${description}`)
}

/** The deepest focused element, through shadow roots. */
const FOCUSED = `(() => { let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement; return e })()`

async function ready(page) {
  await page.waitForSelector("body[data-ready]")
}

async function register(page, storefront, who) {
  await page.goto(`${storefront}/account`)
  await ready(page)
  await page.fill("#reg-first", who.first)
  await page.fill("#reg-last", who.last)
  await page.fill("#reg-email", who.email)
  await page.fill("#reg-password", who.password)
  await page.click("[data-register] button[type=submit]")
  await page.waitForSelector("[data-signed-in]:not([hidden])")
}

async function addToCart(page, storefront) {
  if (!page.url().includes(`/products/${PRODUCT}`)) await page.goto(`${storefront}/products/${PRODUCT}`)
  await ready(page)
  await page.click("[data-add-to-cart] button[type=submit]")
  await page.waitForSelector("[data-add-to-cart] [data-status] >> text=Added to your cart")
}

/** Fills the address and picks the first shipping option; the page then shows the cart's totals. */
async function prepareCheckout(page, storefront) {
  await page.goto(`${storefront}/checkout`)
  await ready(page)
  await page.waitForSelector("[data-checkout]:not([hidden])")
  await page.fill("#address_1", "12 Rue des Lilas")
  await page.fill("#postal_code", "75011")
  await page.fill("#city", "Paris")
  await page.selectOption("#country_code", "fr")
  await page.click("[data-save-address]")
  await page.check("input[name=shipping_option] >> nth=0")
  await page.waitForSelector("[data-place-order]:not([disabled])")
}

const total = async (page, key = "total") => Number(await page.getAttribute(`[data-total="${key}"]`, "data-amount"))

async function shopperJourney({ browser, check, admin, adminApi, expectStatus, pickOption, medusa, storefront, shots }) {
  const stamp = Date.now()
  const sharer = { first: "Sam", last: "Sharer", email: `sharer-${stamp}@example.com`, password: "sharer-pw-123" }
  const buyer = { first: "Bea", last: "Buyer", email: `buyer-${stamp}@example.com`, password: "buyer-pw-123" }
  const friend = { first: "Fran", last: "Friend", email: `friend-${stamp}@example.com`, password: "friend-pw-123" }
  const linked = { first: "Lee", last: "Linked", email: `linked-${stamp}@example.com`, password: "linked-pw-123" }
  const state = {}

  // Headless Chromium says "HeadlessChrome" in its user agent, which the share redirect rightly
  // treats as a bot (it gets the crawler page, and its clicks are not counted): shoppers get the
  // user agent of the same Chromium with a window.
  const userAgent = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36`
  const options = { viewport: { width: 1280, height: 900 }, userAgent }
  const sharerCtx = await browser.newContext(options)
  const buyerCtx = await browser.newContext(options)
  const friendCtx = await browser.newContext(options)
  const linkedCtx = await browser.newContext(options)
  await sharerCtx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: storefront })
  const sharerPage = await sharerCtx.newPage()
  const buyerPage = await buyerCtx.newPage()
  const friendPage = await friendCtx.newPage()
  const linkedPage = await linkedCtx.newPage()
  for (const p of [sharerPage, buyerPage, friendPage, linkedPage]) p.setDefaultTimeout(30_000)

  try {
    await check("storefront: the product page's HTML carries the meta route's tags (a crawler sees them without JavaScript)", async () => {
      const html = await (await fetch(`${storefront}/products/${PRODUCT}`)).text()
      for (const tag of ["og:title", "og:image", "og:image:width", "product:price:amount", "twitter:card"]) {
        if (!html.includes(`property="${tag}"`) && !html.includes(`name="${tag}"`)) throw new Error(`no ${tag} in the page`)
      }
      if (!html.includes(`<meta property="og:url" content="${storefront}/products/${PRODUCT}">`)) throw new Error("og:url is not the storefront's product page")
      if (!/<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"Product"/.test(html)) throw new Error("no Product JSON-LD")
    })

    await check("storefront: the review reward rule of the journey is the only active one", async () => {
      for (const r of expectStatus(await adminApi("GET", "/admin/social/reward-rules?status=active&limit=100"), 200).reward_rules) {
        expectStatus(await adminApi("POST", `/admin/social/reward-rules/${r.id}`, { status: "paused" }), 200)
      }
      state.rule = expectStatus(
        await adminApi("POST", "/admin/social/reward-rules", {
          name: "Photo review thanks",
          status: "active",
          trigger: "review_with_photo_approved",
          // No hold: a review cannot be returned, so the code is issued as soon as the review is approved.
          hold_hours: 0,
          reward: { type: "fixed", value: REWARD_EUR, currency_code: "eur" },
        }),
        201
      ).reward_rule
    })

    await check("a customer registers on the storefront and shares a product with the keyboard alone (copy link)", async () => {
      await register(sharerPage, storefront, sharer)
      await sharerPage.goto(`${storefront}/products/${PRODUCT}`)
      await ready(sharerPage)
      const input = sharerPage.locator("social-share input[part~=link-input]")
      await input.waitFor()
      state.shareUrl = await input.inputValue()
      if (!new RegExp(`^${medusa}/s/[A-Za-z0-9]{8,32}$`).test(state.shareUrl)) throw new Error(`the share link is "${state.shareUrl}"`)
      state.shareCode = state.shareUrl.split("/s/")[1]
      await sharerPage.evaluate(() => navigator.clipboard.writeText(""))
      await sharerPage.locator("h1").click() // start the Tab walk from the top of the product
      await tabTo(sharerPage, "the share widget's copy button", `(${FOCUSED})?.getAttribute("part")?.split(" ").includes("copy")`)
      await sharerPage.keyboard.press("Enter")
      await sharerPage.waitForFunction((url) => navigator.clipboard.readText().then((t) => t === url), state.shareUrl)
      // The link is the customer's own: they are the sharer.
      state.sharerId = expectStatus(await adminApi("GET", `/admin/customers?email=${encodeURIComponent(sharer.email)}&fields=id`), 200).customers[0]?.id
      const { share_links } = expectStatus(await adminApi("GET", `/admin/social/share-links?customer_id=${state.sharerId}&limit=50`), 200)
      if (!share_links.some((l) => l.code === state.shareCode)) throw new Error(`the sharer's links do not include ${state.shareCode}`)
      await sharerPage.screenshot({ path: path.join(shots, "storefront-share.png"), fullPage: true })
    })

    await check("the share and rating widgets pass axe-core (no serious or critical violation)", async () => {
      await assertAccessible(sharerPage, "social-share")
      await assertAccessible(sharerPage, "social-rating")
    })

    await check("a second visitor opens the share link, lands on the product page, and the tracker records the landing", async () => {
      const shareUrl = need(state.shareUrl, "a share link")
      const touch = buyerPage.waitForResponse((r) => r.url().endsWith("/store/social/touches") && r.request().method() === "POST")
      touch.catch(() => undefined) // awaited below, unless the redirect check fails first
      await buyerPage.goto(shareUrl)
      const landed = new URL(buyerPage.url())
      if (landed.origin + landed.pathname !== `${storefront}/products/${PRODUCT}` || landed.searchParams.get("sc") !== state.shareCode) {
        throw new Error(`the share link led to ${buyerPage.url()}`)
      }
      const res = await touch
      const body = await res.json()
      if (res.status() !== 201 || !body.recorded || body.touch?.direct) throw new Error(`the touch answer: ${res.status()} ${JSON.stringify(body)}`)
    })

    await check("the visitor registers, buys the product (shipping option, system payment provider), and gets an order", async () => {
      need(state.shareCode, "a landing")
      await register(buyerPage, storefront, buyer)
      await buyerPage.goto(`${storefront}/products/${PRODUCT}`)
      const bound = buyerPage.waitForResponse((r) => r.url().endsWith("/store/social/touches/bind"))
      bound.catch(() => undefined)
      await addToCart(buyerPage, storefront)
      const bind = await (await bound).json()
      if (!(bind.bound >= 1)) throw new Error(`binding the cart bound ${JSON.stringify(bind)}`)
      await prepareCheckout(buyerPage, storefront)
      await buyerPage.click("[data-place-order]")
      const confirmation = await buyerPage.waitForSelector("[data-confirmation]:not([hidden])")
      state.orderId = await confirmation.getAttribute("data-order-id")
      if (!/^order_/.test(state.orderId ?? "")) throw new Error(`the confirmation reads "${await confirmation.textContent()}"`)
    })

    await check("the admin's attribution report lists the order under that share link", async () => {
      const orderId = need(state.orderId, "an order")
      let attribution = null
      for (let i = 0; i < 60 && !attribution; i++) {
        const res = await adminApi("GET", `/admin/social/attribution/orders/${orderId}`)
        if (res.status === 200) attribution = res.body
        else await admin.waitForTimeout(500)
      }
      if (!attribution) throw new Error("the order was not attributed within 30 s")
      await admin.goto(`${medusa}/app/social/attribution`)
      await admin.waitForSelector("#group_by")
      await pickOption("#group_by", "share link")
      const row = await admin.waitForSelector(`[data-group="${state.shareCode}"]`)
      const cells = await row.$$eval("td", (tds) => tds.map((td) => td.textContent.trim()))
      if (Number(cells[1]) < 1) throw new Error(`the share link's row reads ${JSON.stringify(cells)}`)
      await admin.screenshot({ path: path.join(shots, "storefront-attribution.png"), fullPage: true })
    })

    await check("the buyer reviews the product with a photo through the reviews widget, with the keyboard alone", async () => {
      need(state.orderId, "an order")
      await buyerPage.goto(`${storefront}/products/${PRODUCT}`)
      await ready(buyerPage)
      await buyerPage.locator("social-reviews").waitFor()
      await buyerPage.locator("[data-add-to-cart] button[type=submit]").focus()
      // Opens the form: the "write a review" toggle, by Tab and Enter.
      await tabTo(buyerPage, "the write-a-review button", `(${FOCUSED})?.getAttribute("part")?.split(" ").includes("write-toggle") || /write a review/i.test((${FOCUSED})?.textContent ?? "")`)
      await buyerPage.keyboard.press("Enter")
      await buyerPage.locator("social-reviews form[part~=form]").waitFor()
      await tabTo(buyerPage, "the rating", `(${FOCUSED})?.getAttribute("name") === "rating"`)
      // Space checks the focused star; arrow keys move through the radio group to the fourth.
      await buyerPage.keyboard.press("Space")
      const checked = () => buyerPage.evaluate(`(${FOCUSED})?.value`)
      for (let i = 0; i < 5 && (await checked()) !== "4"; i++) await buyerPage.keyboard.press((await checked()) > "4" ? "ArrowDown" : "ArrowUp")
      if ((await checked()) !== "4") throw new Error(`the arrow keys left the rating at ${await checked()}`)
      await tabTo(buyerPage, "the title", `(${FOCUSED})?.getAttribute("name") === "title"`)
      await buyerPage.keyboard.type(REVIEW_TITLE)
      await buyerPage.keyboard.press("Tab")
      await buyerPage.keyboard.type("Soft, warm and it survived the washing machine. My friend's link was right about it.")
      // A file dialog cannot be driven headless: the photo is set on the focused file input itself.
      await tabTo(buyerPage, "the photo input", `(${FOCUSED})?.getAttribute("type") === "file"`)
      const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 180, g: 90, b: 40 } } }).jpeg().toBuffer()
      await buyerPage.locator("social-reviews input[type=file]").setInputFiles({ name: "beanie.jpg", mimeType: "image/jpeg", buffer: photo })
      const created = buyerPage.waitForResponse((r) => r.url().endsWith("/store/social/reviews") && r.request().method() === "POST")
      created.catch(() => undefined)
      await tabTo(buyerPage, "the submit button", `(${FOCUSED})?.getAttribute("type") === "submit"`)
      await assertAccessible(buyerPage, "social-reviews")
      await buyerPage.keyboard.press("Enter")
      const res = await created
      const body = await res.json()
      if (res.status() !== 201) throw new Error(`the review was refused: ${res.status()} ${JSON.stringify(body)}`)
      state.reviewId = body.review.id
      const { review } = expectStatus(await adminApi("GET", `/admin/social/reviews/${state.reviewId}`), 200)
      if (review.rating !== 4 || review.title !== REVIEW_TITLE || (review.media ?? []).length !== 1) {
        throw new Error(`the stored review: rating ${review.rating}, title "${review.title}", ${(review.media ?? []).length} photos`)
      }
      await buyerPage.screenshot({ path: path.join(shots, "storefront-review.png"), fullPage: true })
    })

    await check("the admin approves the buyer's review on the reviews page", async () => {
      need(state.reviewId, "a review")
      await admin.goto(`${medusa}/app/social/reviews`)
      const row = admin.locator("tr", { hasText: REVIEW_TITLE })
      await row.waitFor()
      await row.locator("button", { hasText: "Approve" }).click()
      await admin.waitForSelector("text=Review published")
      const { review } = expectStatus(await adminApi("GET", `/admin/social/reviews/${state.reviewId}`), 200)
      if (review.status !== "approved") throw new Error(`the review is ${review.status}`)
    })

    await check("the reward's code shows in the buyer's rewards widget, and \"apply to cart\" lowers the checkout total by the reward", async () => {
      need(state.reviewId, "an approved review")
      await addToCart(buyerPage, storefront)
      await prepareCheckout(buyerPage, storefront)
      const before = await total(buyerPage)
      // The grant is issued by the approval's subscriber; the widget shows it once it is.
      let code = null
      for (let i = 0; i < 30 && !code; i++) {
        await buyerPage.waitForFunction(() => {
          const el = document.querySelector("social-rewards")
          return el && !el.hasAttribute("aria-busy") && el.shadowRoot && el.shadowRoot.childElementCount > 0
        })
        const item = buyerPage.locator("social-rewards li[data-status=issued] [part~=code]")
        if (await item.count()) code = (await item.first().textContent()).trim()
        else {
          await buyerPage.waitForTimeout(1000)
          await buyerPage.reload()
          await ready(buyerPage)
          await buyerPage.waitForSelector("[data-place-order]:not([disabled])")
        }
      }
      if (!/^RW-/.test(code ?? "")) throw new Error(`no issued code in the rewards widget (found "${code}")`)
      await assertAccessible(buyerPage, "social-rewards")
      await buyerPage.locator("social-rewards li[data-status=issued] button[part~=apply]").first().click()
      await buyerPage.waitForSelector(`[data-codes] [data-code="${code}"]`)
      const after = await total(buyerPage)
      const discount = -(await total(buyerPage, "discount_total"))
      // The reward is tax-inclusive: the total the shopper pays falls by the rule's amount exactly.
      if (Math.abs(before - after - REWARD_EUR) > 0.005 || Math.abs(discount - REWARD_EUR) > 0.005) {
        throw new Error(`the total went from ${before} to ${after} with a discount of ${discount}; the rule's amount is ${REWARD_EUR}`)
      }
      state.totals = { before, after, discount }
      await buyerPage.screenshot({ path: path.join(shots, "storefront-reward-applied.png"), fullPage: true })
    })

    await check("a new customer claims the referral code the sharer's referral widget shows; the sharer sees the friend pending", async () => {
      await sharerPage.goto(`${storefront}/account`)
      await ready(sharerPage)
      const codeEl = sharerPage.locator("social-referral [part~=code]")
      await codeEl.waitFor()
      const code = (await codeEl.textContent()).trim()
      if (!/^REF-/.test(code)) throw new Error(`the referral widget shows "${code}"`)
      await assertAccessible(sharerPage, "social-referral")
      await register(friendPage, storefront, friend)
      const input = friendPage.locator("social-referral form[part~=claim-form] input")
      await input.waitFor()
      await input.focus()
      await friendPage.keyboard.type(code)
      await friendPage.keyboard.press("Enter")
      await friendPage.locator("social-referral [part~=claim-message].ok").waitFor()
      await sharerPage.reload()
      await sharerPage.locator("social-referral [part~=friends]", { hasText: /1/ }).waitFor()
      // Both browsers share this machine's IP and user agent, a self-referral signal: the referral
      // waits for review rather than being plainly claimed. Either way it is recorded once.
      const referrals = []
      for (const status of ["claimed", "needs_review"]) {
        referrals.push(...expectStatus(await adminApi("GET", `/admin/social/referrals?status=${status}&limit=100`), 200).referrals.filter((r) => r.code === code))
      }
      if (referrals.length !== 1) throw new Error(`the admin lists ${referrals.length} referrals of ${code}`)
      state.referralCode = code
      state.referralLink = await sharerPage.locator("social-referral input[part~=link-input]").inputValue()
      await sharerPage.screenshot({ path: path.join(shots, "storefront-referral.png"), fullPage: true })
    })

    await check("a visitor who opens the referral link and registers has the code claimed by the storefront", async () => {
      const link = need(state.referralLink, "a referral link")
      if (link !== `${storefront}/?ref=${state.referralCode}`) throw new Error(`the referral link is ${link}`)
      const touch = linkedPage.waitForResponse((r) => r.url().endsWith("/store/social/touches") && r.request().method() === "POST")
      touch.catch(() => undefined)
      await linkedPage.goto(link)
      const res = await touch
      if (res.status() !== 201) throw new Error(`the landing was not recorded: ${res.status()}`)
      await register(linkedPage, storefront, linked)
      await linkedPage.waitForFunction(() => document.querySelector("[data-referral-status]")?.textContent)
      const status = await linkedPage.textContent("[data-referral-status]")
      if (!status.includes(`${state.referralCode} is claimed`)) throw new Error(`the account page says "${status}"`)
      const referrals = []
      for (const s of ["claimed", "needs_review"]) {
        referrals.push(...expectStatus(await adminApi("GET", `/admin/social/referrals?status=${s}&limit=100`), 200).referrals.filter((r) => r.code === state.referralCode))
      }
      if (referrals.length !== 2) throw new Error(`the admin lists ${referrals.length} referrals of ${state.referralCode}, not 2`)
    })
  } finally {
    await Promise.all([sharerCtx.close(), buyerCtx.close(), friendCtx.close(), linkedCtx.close()])
  }
  return state
}

module.exports = { shopperJourney }
