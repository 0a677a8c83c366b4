import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * This configuration runs the plugin's own source (src/) as a Medusa application: it is what the
 * demo store and the tests use. A store that installs the plugin lists it under `plugins` instead
 * (see README and playground/medusa-config.ts).
 */

const redisUrl = process.env.REDIS_URL
const workerMode = (process.env.MEDUSA_WORKER_MODE ?? "shared") as "shared" | "worker" | "server"
const port = process.env.PORT ?? "9000"
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${port}`
const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000"
const cors = [storefrontUrl, backendUrl, "http://localhost:5173", "http://localhost:9000"].join(",")

/** The plugin's options; every one of the plugin's modules receives them. */
const socialOptions = {
  storefrontUrl,
  publicUrl: backendUrl,
  brand: { name: process.env.SOCIAL_BRAND_NAME ?? "Medusa Social Demo" },
  secret: process.env.SOCIAL_COMMERCE_SECRET,
}

const pluginModules = ["social-settings", "social-card"].map((name) => ({
  resolve: `./src/modules/${name}`,
  options: socialOptions,
}))

// Medusa's own Redis-backed modules: what a store moves to when one process is not enough.
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS ?? cors,
      adminCors: process.env.ADMIN_CORS ?? cors,
      authCors: process.env.AUTH_CORS ?? cors,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.ADMIN_DISABLED === "true" || workerMode === "worker",
    backendUrl,
  },
  modules: [
    ...pluginModules,
    ...redisModules,
    {
      // The demo logs notifications (review alerts, reward codes) instead of sending them.
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email", "feed"] },
          },
        ],
      },
    },
  ],
})
