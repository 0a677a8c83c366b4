#!/usr/bin/env node
// Browser test of the admin "Social" page, in headless Chromium driven by playwright-core:
// starts the demo (npm run demo) on a throwaway data folder, logs in, opens the Social page,
// changes a setting, saves, reloads and sees it kept; enters an invalid URL and sees the error.
//
// Chromium comes from Debian's `chromium` package. Where it is missing the test installs it
// when it can (root with apt-get), and otherwise skips with a message saying so.
"use strict"

const fs = require("fs")
const os = require("os")
const path = require("path")
const { execSync, spawn } = require("child_process")
const { pickPort } = require("./lib/embedded-pg")
const { createChecks } = require("./lib/checks")

const ROOT = path.resolve(__dirname, "..")
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const SHOTS = path.join(os.tmpdir(), "social-browser-test")

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return true
  if (process.getuid?.() !== 0) return false
  try {
    console.log("browser test: installing Debian's chromium (apt-get)...")
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" })
  } catch {
    return false
  }
  return fs.existsSync(CHROMIUM)
}

function startDemo(port) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "social-browser-demo-"))
  let output = ""
  const child = spawn(process.execPath, [path.join(__dirname, "demo.js")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DEMO_DATA_DIR: dataDir, DEMO_ADMIN_PASSWORD: "browser-test-pw", EMBEDDED_PG_PORT: "0", LOG_LEVEL: "warn" },
  })
  child.stdout.on("data", (d) => (output += d))
  child.stderr.on("data", (d) => (output += d))
  const ready = new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("demo is running")) {
        clearInterval(timer)
        resolve()
      }
    }, 250)
    child.on("exit", (code) => {
      clearInterval(timer)
      reject(new Error(`the demo exited (${code}) before it was ready:\n${output.slice(-3000)}`))
    })
  })
  const stop = async () => {
    if (child.exitCode !== null) return
    child.kill("SIGINT")
    await new Promise((r) => child.once("exit", r))
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  return { ready, stop, output: () => output }
}

const { check, results, summary } = createChecks("browser")

async function main() {
  if (!ensureChromium()) {
    console.log(`browser test: SKIPPED — no Chromium at ${CHROMIUM} and it could not be installed (install Debian's "chromium" package, or set CHROMIUM_PATH).`)
    console.log("browser: 0 passed, 0 failed, 1 skipped")
    return
  }
  const { chromium } = require("playwright-core")
  fs.mkdirSync(SHOTS, { recursive: true })
  const port = await pickPort(9500)
  const base = `http://localhost:${port}`
  console.log(`browser test: starting the demo on port ${port}...`)
  const demo = startDemo(port)
  let browser = null
  try {
    await demo.ready
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    })
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    page.setDefaultTimeout(120_000) // the dev server builds the admin on the first visit

    await check("logs in to the admin", async () => {
      // The first visit builds the admin; on a loaded machine that can take longer than the default.
      await page.goto(`${base}/app/login`, { timeout: Number(process.env.BROWSER_TEST_FIRST_LOAD_MS ?? 120_000) })
      await page.fill('input[name="email"]', "admin@example.com")
      await page.fill('input[name="password"]', "browser-test-pw")
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.endsWith("/login"))
    })

    await check("opens the Social page from the sidebar and sees the settings", async () => {
      await page.click('a[href="/app/social"]')
      await page.waitForSelector("#brand_name")
      const value = await page.inputValue("#brand_name")
      if (!value) throw new Error("the brand name field is empty")
    })

    await check("changes a setting, saves, reloads and sees it kept", async () => {
      await page.fill("#brand_name", "Browser Tested Brand")
      await page.click('[data-testid="social-save"]')
      await page.waitForSelector("text=Social settings saved")
      await page.reload()
      await page.waitForSelector("#brand_name")
      const value = await page.inputValue("#brand_name")
      if (value !== "Browser Tested Brand") throw new Error(`after reload the brand name is "${value}"`)
      await page.screenshot({ path: path.join(SHOTS, "social-settings-saved.png"), fullPage: true })
    })

    await check("switches on review auto-approval, saves, reloads and sees it kept", async () => {
      await page.waitForSelector("#review_auto_approve")
      if ((await page.getAttribute("#review_auto_approve", "aria-checked")) !== "false") throw new Error("auto-approval starts on")
      await page.click("#review_auto_approve")
      await page.click('[data-testid="social-save"]')
      await page.waitForSelector("text=Social settings saved")
      await page.reload()
      await page.waitForSelector("#review_auto_approve")
      const on = await page.getAttribute("#review_auto_approve", "aria-checked")
      if (on !== "true") throw new Error(`after reload auto-approval is aria-checked=${on}`)
      if ((await page.getAttribute("#review_allow_unverified", "aria-checked")) !== "false") throw new Error("unverified reviews were switched on too")
    })

    await check("an invalid URL shows the error next to the field, and nothing is saved", async () => {
      await page.fill("#storefront_url", "not a url")
      await page.click('[data-testid="social-save"]')
      const error = await page.waitForSelector('[data-error-for="storefront_url"]')
      const text = await error.textContent()
      if (!/URL/i.test(text ?? "")) throw new Error(`unexpected error text "${text}"`)
      await page.screenshot({ path: path.join(SHOTS, "social-settings-error.png"), fullPage: true })
      await page.reload()
      await page.waitForSelector("#storefront_url")
      const kept = await page.inputValue("#storefront_url")
      if (kept === "not a url") throw new Error("the invalid URL was saved")
    })
  } catch (e) {
    results.failed++
    console.log(`  ✕ ${e.message}`)
  } finally {
    if (browser) await browser.close()
    await demo.stop()
  }
  console.log(`browser test: screenshots in ${SHOTS}`)
  summary()
  process.exit(results.failed ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
