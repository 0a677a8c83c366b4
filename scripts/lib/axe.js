// axe-core in a playwright page: the serious and critical accessibility violations of what the
// page shows under `selector` (the plugin's own content: the dashboard around it is Medusa's).
"use strict"

const fs = require("fs")

let source = null

async function axeViolations(page, selector = "main") {
  source ??= fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) {
    await page.addScriptTag({ content: source })
  }
  return page.evaluate(async (selector) => {
    const { violations } = await window.axe.run(document.querySelector(selector) ?? document, { resultTypes: ["violations"] })
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`)
  }, selector)
}

/** Throws with every serious or critical violation listed. */
async function assertAccessible(page, selector) {
  const violations = await axeViolations(page, selector)
  if (violations.length) throw new Error(`accessibility violations:\n    ${violations.join("\n    ")}`)
}

module.exports = { axeViolations, assertAccessible }
