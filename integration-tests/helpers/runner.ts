import { randomBytes } from "crypto"
import { Client } from "@medusajs/framework/pg"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's integration test runner, on a copy of the database `npm test` migrated once for the
 * whole run (SOCIAL_TEST_TEMPLATE_DB, see scripts/lib/test-template-db.js): the runner accepts a
 * database that exists, finds every migration applied and goes on to boot the app, instead of
 * migrating a new database for each spec file. Jest started by hand (no template) migrates as
 * the runner always does.
 */
export function integrationTestRunner(options: RunnerOptions) {
  const template = process.env.SOCIAL_TEST_TEMPLATE_DB
  if (!template) {
    return medusaIntegrationTestRunner(options)
  }
  const dbName = `social-${randomBytes(6).toString("hex")}-${process.env.JEST_WORKER_ID ?? "1"}`
  // A file-level hook: it runs before the runner's own (declared inside its describe block).
  beforeAll(() => copyDatabase(template, dbName))
  return medusaIntegrationTestRunner({ ...options, dbName })
}

async function copyDatabase(template: string, name: string) {
  const { DB_HOST = "localhost", DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
  const client = new Client({ host: DB_HOST, port: Number(DB_PORT), user: DB_USERNAME, password: DB_PASSWORD, database: "postgres" })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`)
  } finally {
    await client.end()
  }
}
