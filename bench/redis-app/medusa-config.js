// The production app of the share-redirect, attribution and rewards benchmarks: a store that
// installed the BUILT plugin and runs as Medusa does at scale: PostgreSQL, Redis event bus,
// workflow engine, cache and locking, server and worker processes (MEDUSA_WORKER_MODE). The
// benchmarks run `medusa build` here and `medusa start` in the build output (.medusa/server).
// BENCH_WITHOUT_PLUGIN=1 gives the same store without the plugin (the attribution baseline).
// Every value the benchmarks vary comes from the environment they set.
const path = require("path")
const { defineConfig } = require("@medusajs/framework/utils")

const redisUrl = process.env.REDIS_URL
const port = process.env.PORT ?? "9000"
const publicUrl = `http://localhost:${port}`
// `medusa build` copies this file to .medusa/server: the plugin is found from the repository root.
const pluginDir = process.env.BENCH_PLUGIN_DIR ?? path.resolve(__dirname, "..", "..")
const withPlugin = process.env.BENCH_WITHOUT_PLUGIN !== "1"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: process.env.MEDUSA_WORKER_MODE ?? "shared",
    http: {
      storeCors: "http://localhost:8000",
      adminCors: publicUrl,
      authCors: publicUrl,
      jwtSecret: "bench-jwt-secret",
      cookieSecret: "bench-cookie-secret",
    },
  },
  admin: { disable: true },
  plugins: withPlugin
    ? [
        {
          resolve: pluginDir,
          options: {
            storefrontUrl: "https://shop.bench.test",
            publicUrl,
            brand: { name: "Bench Outfitters" },
            networks: ["facebook", "x", "pinterest", "whatsapp", "email"],
            secret: "bench-secret-0123456789abcdef",
            catalogEncryptionKey: "bench-catalog-key-0123456789",
            shareClickRedisUrl: redisUrl,
            // The attribution benchmark asks for the report 20 times per group_by within a minute:
            // above the default admin limit of 60 reports a minute (a merchant may raise it too).
            rateLimits: { routes: { report: { points: 1000, durationSeconds: 60 } } },
            // The publishing benchmark's platform contract servers (bench/publishing.js).
            ...(process.env.BENCH_PUBLISH_ENDPOINTS ? { publishEndpoints: JSON.parse(process.env.BENCH_PUBLISH_ENDPOINTS) } : {}),
          },
        },
      ]
    : [],
  modules: redisUrl
    ? [
        { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
        { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
        { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
        {
          resolve: "@medusajs/medusa/locking",
          options: { providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }] },
        },
      ]
    : [],
})
