// `medusa exec ./emit.js <events.json> <times>`: emits every event of the file `times` times through
// the app's event bus (Redis here), as a redelivering queue or a retrying producer would. Run with
// MEDUSA_WORKER_MODE=server so that this process only publishes: the workers consume.
"use strict"

const fs = require("fs")
const { Modules } = require("@medusajs/framework/utils")

async function emit({ container, args }) {
  const events = JSON.parse(fs.readFileSync(args[0], "utf8"))
  const times = Number(args[1] ?? 10)
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const messages = []
  for (let i = 0; i < times; i++) {
    for (const { name, data } of events) messages.push({ name, data })
  }
  await eventBus.emit(messages)
  console.log(`emitted ${messages.length} events`)
}

// `medusa exec` calls the default export.
module.exports = { default: emit }
