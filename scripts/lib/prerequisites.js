// What a scripted test does when something it needs (Chromium, Redis) is missing: outside CI it is
// skipped with a message; in CI (CI=true, as CI services set it and .ci/run does) it FAILS, so that
// a broken CI image cannot pass by running nothing.
"use strict"

const net = require("net")

function isCI(env = process.env) {
  return /^(1|true|yes)$/i.test(String(env.CI ?? "").trim())
}

/**
 * Reports a missing prerequisite of the `name` suite and answers the exit code to end with:
 * 1 in CI (with a "name: 0 passed, 1 failed" line CI adds up), 0 elsewhere ("1 skipped").
 */
function missingPrerequisite(name, reason, { env = process.env, log = console.log, error = console.error } = {}) {
  if (isCI(env)) {
    error(`${name} test: FAILED — ${reason}. CI=true: a missing prerequisite fails the run instead of skipping it.`)
    log(`${name}: 0 passed, 1 failed`)
    return 1
  }
  log(`${name} test: SKIPPED — ${reason}.`)
  log(`${name}: 0 passed, 0 failed, 1 skipped`)
  return 0
}

/** True when a Redis answers PING at `url` (or asks for a password: it is there) within 2 s. */
function redisAnswers(url) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(2000, () => done(false))
    socket.on("error", () => done(false))
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (d) => done(d.toString().startsWith("+PONG") || d.toString().includes("NOAUTH")))
  })
}

module.exports = { isCI, missingPrerequisite, redisAnswers }
