const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// One config, five suites chosen by TEST_TYPE (scripts/test.js runs them in order).
const suites = {
  unit: ["<rootDir>/src/**/*.unit.spec.[jt]s?(x)", "<rootDir>/scripts/**/*.unit.spec.js"],
  modules: ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
  http: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
  // Opt-in (npm run test:fuzz): generated requests to every route.
  fuzz: ["<rootDir>/integration-tests/fuzz/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true, decorators: true },
          transform: { react: { runtime: "automatic" } },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/playground/", "<rootDir>/bench/redis-app/"],
  setupFiles: ["./integration-tests/setup.js"],
  // HTTP specs: every answer from a plugin route is checked against the OpenAPI document.
  setupFilesAfterEnv: process.env.TEST_TYPE === "http" || !process.env.TEST_TYPE ? ["./integration-tests/openapi-check.ts"] : [],
  testMatch: suites[process.env.TEST_TYPE] ?? [...suites.unit, ...suites.modules, ...suites.http],
  // An HTTP spec file's first hook boots Medusa and migrates a new database: with two files at a
  // time on two cores that can take minutes on a slow machine. One limit for every file (a
  // timeout is the hang guard, not a speed check).
  ...(process.env.TEST_TYPE === "http" ? { testTimeout: 300_000 } : {}),
  // Module suites match unit files too without this.
  testPathIgnorePatterns:
    process.env.TEST_TYPE === "modules" ? ["/node_modules/", "\\.unit\\.spec\\."] : ["/node_modules/"],
}
