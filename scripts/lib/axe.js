// axe-core in a playwright page: the serious and critical accessibility violations of what the
// page shows under `selector` (the plugin's own content: the dashboard around the admin pages is
// Medusa's). The source is evaluated over the DevTools protocol, so a page whose CSP allows no
// inline script (the demo storefront) is checked the same way; axe reads open shadow roots.
"use strict"

const fs = require("fs")

let source = null

async function axeViolations(page, selector = "main") {
  source ??= fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
    await page.evaluate(source)
  }
  return page.evaluate(async (selector) => {
    const { violations } = await window.axe.run({ include: [[selector]] }, { resultTypes: ["violations"] })
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(", ")}`)
  }, selector)
}

/** Throws with every serious or critical violation under `selector` listed. */
async function assertAccessible(page, selector = "main") {
  const violations = await axeViolations(page, selector)
  if (violations.length) throw new Error(`axe on ${selector}:\n    ${violations.join("\n    ")}`)
}

module.exports = { axeViolations, assertAccessible }
