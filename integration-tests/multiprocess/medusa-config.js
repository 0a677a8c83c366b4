// The app of the multi-process test (scripts/multiprocess-test.js): a store that installed the
// BUILT plugin and runs as Medusa does at scale: PostgreSQL, Redis event bus, workflow engine,
// cache and locking, and separate server and worker processes (MEDUSA_WORKER_MODE). Plain
// JavaScript so that `medusa start` runs it without ts-node, as a production install does.
// Every value the test varies comes from the environment the script sets.
const path = require("path")
const { defineConfig } = require("@medusajs/framework/utils")

const redisUrl = process.env.REDIS_URL
const port = process.env.PORT ?? "9000"
const publicUrl = `http://localhost:${port}`
const workerMode = process.env.MEDUSA_WORKER_MODE ?? "shared"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: publicUrl,
      authCors: publicUrl,
      jwtSecret: "multiprocess-jwt-secret",
      cookieSecret: "multiprocess-cookie-secret",
    },
  },
  admin: { disable: true },
  plugins: [
    {
      resolve: path.resolve(__dirname, "..", ".."),
      options: {
        storefrontUrl: "https://shop.multiprocess.test",
        publicUrl,
        brand: { name: "Multiprocess Outfitters" },
        secret: "multiprocess-secret-0123456789",
        catalogEncryptionKey: "multiprocess-catalog-key-0123456789",
        // The share click buffer: the test points one server at a Redis that is not there.
        shareClickRedisUrl: process.env.SOCIAL_CLICK_REDIS_URL || redisUrl,
        shareClickRedisPrefix: process.env.SOCIAL_CLICK_REDIS_PREFIX,
        shareClickFlushIntervalMs: 500,
        // The local Meta contract server of the catalog check.
        catalogAllowedHosts: (process.env.SOCIAL_CATALOG_ALLOWED_HOSTS ?? "").split(",").filter(Boolean),
        // Production refuses private addresses; the deployer trusts this one (the contract server).
        catalogPrivateHosts: (process.env.SOCIAL_CATALOG_PRIVATE_HOSTS ?? "").split(",").filter(Boolean),
        // A short lease, so that a worker killed mid-push is taken over within seconds.
        catalogRunLeaseSeconds: Number(process.env.SOCIAL_CATALOG_LEASE_SECONDS || 120),
        conversions: process.env.SOCIAL_META_ENDPOINT
          ? { meta: { pixelId: "1234567890", accessToken: "multiprocess-token", endpoint: process.env.SOCIAL_META_ENDPOINT } }
          : {},
      },
    },
  ],
  modules: [
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email", "feed"] } }],
      },
    },
  ],
})
