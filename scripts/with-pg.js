#!/usr/bin/env node
// Runs one command with DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD pointing at a throwaway embedded
// PostgreSQL (or at the database those variables already name). Example:
//   node scripts/with-pg.js npx medusa plugin:db:generate
"use strict"

const { spawn } = require("child_process")
const { ensureDatabaseEnv } = require("./lib/embedded-pg")

async function main() {
  const [cmd, ...args] = process.argv.slice(2)
  if (!cmd) {
    console.error("usage: node scripts/with-pg.js <command> [args...]")
    process.exit(2)
  }
  const pg = await ensureDatabaseEnv("cmd")
  const child = spawn(cmd, args, { stdio: "inherit", env: process.env })
  const code = await new Promise((resolve) => child.on("exit", (c, s) => resolve(c ?? (s ? 1 : 0))))
  if (pg) {
    await pg.stop()
  }
  process.exit(code)
}

main().catch((e) => {
  console.error(e.message)
  process.exit(1)
})
