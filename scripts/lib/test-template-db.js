// A database migrated once per test run, which each HTTP spec file's database is copied from.
//
// Medusa's integration test runner creates a new database for every spec file and runs every
// migration on it (Medusa's thirty-odd modules and the plugin's): about half of a file's boot, and
// the HTTP stage boots twenty-odd files. The runner accepts a database that already exists and
// then finds nothing to migrate, so scripts/test.js migrates this one database with Medusa's own
// CLI (the same migrations and link sync the runner runs) and integration-tests/helpers/runner.ts
// copies it (CREATE DATABASE ... TEMPLATE) under the name the runner is given.
"use strict"

const path = require("path")
const { adminSql, databaseUrl } = require("./embedded-pg")
const { runMedusa } = require("./playground")

const ROOT = path.resolve(__dirname, "..", "..")

/**
 * Creates and migrates the template database; returns its name and a function that drops it.
 * Sets SOCIAL_TEST_TEMPLATE_DB, which the spec files' runner reads.
 */
async function prepareTemplateDatabase() {
  const name = `social_test_template_${process.pid}`
  await adminSql(`DROP DATABASE IF EXISTS "${name}"`)
  await adminSql(`CREATE DATABASE "${name}"`)
  // Migration scripts (data fixes for existing stores) are left out: the runner does not run them.
  await runMedusa(["db:migrate", "--skip-scripts", "--execute-safe-links"], {
    cwd: ROOT,
    env: { DATABASE_URL: databaseUrl(name), NODE_ENV: "test", LOG_LEVEL: "error" },
  })
  process.env.SOCIAL_TEST_TEMPLATE_DB = name
  return {
    name,
    drop: async () => {
      delete process.env.SOCIAL_TEST_TEMPLATE_DB
      await adminSql(`DROP DATABASE IF EXISTS "${name}"`)
    },
  }
}

module.exports = { prepareTemplateDatabase }
