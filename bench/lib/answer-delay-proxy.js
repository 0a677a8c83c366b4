// A proxy in front of a platform's contract server for one worker process: every request goes
// through at once, and the answer to a publish call (a POST) is held for `delayMs` before the
// worker gets it, as a platform that takes a moment to answer. `inFlight()` counts this worker's
// publish calls sent and not yet answered: the benchmark kills the worker while it has some, so
// the posts it leaves behind are on the platform with their answers lost, the case a lease
// take-over must settle without a second post.
"use strict"

const http = require("http")

async function startAnswerDelayProxy(target, delayMs) {
  const upstream = new URL(target)
  let inFlight = 0
  const server = http.createServer((req, res) => {
    const publish = req.method === "POST"
    if (publish) inFlight++
    let counted = publish
    const done = () => {
      if (counted) inFlight--
      counted = false
    }
    // A killed worker's sockets close: its calls are no longer in flight.
    res.on("close", done)
    const out = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      const chunks = []
      answer.on("data", (c) => chunks.push(c))
      answer.on("end", () =>
        setTimeout(
          () => {
            if (res.destroyed) return done()
            res.writeHead(answer.statusCode ?? 502, answer.headers)
            res.end(Buffer.concat(chunks))
          },
          publish ? delayMs : 0
        )
      )
    })
    // The contract server cut the connection (its lost-answer knob): cut this one too.
    out.on("error", () => res.destroy())
    req.pipe(out)
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    inFlight: () => inFlight,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}

module.exports = { startAnswerDelayProxy }
