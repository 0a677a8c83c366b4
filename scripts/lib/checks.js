// A tiny check runner for the scripted tests (consumer, browser, Redis): prints ✓/✕ per check
// and a closing "<name>: N passed, N failed" line that CI adds up.
"use strict"

function createChecks(name) {
  const results = { passed: 0, failed: 0 }
  async function check(title, fn) {
    try {
      await fn()
      results.passed++
      console.log(`  ✓ ${title}`)
    } catch (e) {
      results.failed++
      console.log(`  ✕ ${title}\n    ${String(e.stack ?? e.message ?? e).split("\n").slice(0, 8).join("\n    ")}`)
    }
  }
  function summary() {
    console.log(`${name}: ${results.passed} passed, ${results.failed} failed`)
    return results
  }
  return { check, results, summary }
}

module.exports = { createChecks }
