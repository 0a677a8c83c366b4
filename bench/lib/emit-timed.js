// `medusa exec <this> <events.json> <times> <out.json>`: publishes every event of the file `times`
// times through the app's event bus (Redis in the benchmarks; run with MEDUSA_WORKER_MODE=server
// so that this process only publishes) and writes when publishing started and ended (ms since the
// epoch), for the benchmark to time the workers from there.
"use strict"

const fs = require("fs")
const { Modules } = require("@medusajs/framework/utils")

async function emit({ container, args }) {
  const [file, times = "1", out] = args
  const events = JSON.parse(fs.readFileSync(file, "utf8"))
  const messages = []
  // Duplicates side by side, as a redelivering queue or a retrying producer sends them.
  for (const { name, data } of events) for (let i = 0; i < Number(times); i++) messages.push({ name, data })
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const started = Date.now()
  await eventBus.emit(messages)
  fs.writeFileSync(out, JSON.stringify({ started, emitted: Date.now(), messages: messages.length }))
}

module.exports = { default: emit }
