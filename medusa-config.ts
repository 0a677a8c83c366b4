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
  // Hosts catalog channels may send calls to besides the platforms' (tests: contract servers).
  catalogAllowedHosts: (process.env.SOCIAL_CATALOG_ALLOWED_HOSTS ?? "").split(",").filter(Boolean),
  // Hosts product images for cards may be fetched from when the File module does not hold them.
  cardImageHosts: (process.env.SOCIAL_CARD_IMAGE_HOSTS ?? "").split(",").filter(Boolean),
  // Publishing: the platforms' API origins (tests: contract servers), JSON of the option.
  ...(process.env.SOCIAL_PUBLISH_ENDPOINTS && { publishEndpoints: JSON.parse(process.env.SOCIAL_PUBLISH_ENDPOINTS) }),
  // Inbox: Meta's webhook verify token and app secret (the signature of its deliveries).
  inbox: {
    metaVerifyToken: process.env.SOCIAL_META_VERIFY_TOKEN || undefined,
    metaAppSecret: process.env.SOCIAL_META_APP_SECRET || undefined,
  },
  // Rate limits per route (JSON of the `rateLimits` option); the rate-limit spec sets low ones.
  ...(process.env.SOCIAL_RATE_LIMITS && { rateLimits: JSON.parse(process.env.SOCIAL_RATE_LIMITS) }),
  // Conversion APIs (attribution): a destination is on when its credentials are set.
  conversions: {
    ...(process.env.SOCIAL_META_PIXEL_ID && {
      meta: {
        pixelId: process.env.SOCIAL_META_PIXEL_ID,
        accessToken: process.env.SOCIAL_META_ACCESS_TOKEN ?? "",
        endpoint: process.env.SOCIAL_META_ENDPOINT || undefined,
      },
    }),
    ...(process.env.SOCIAL_TIKTOK_PIXEL_CODE && {
      tiktok: {
        pixelCode: process.env.SOCIAL_TIKTOK_PIXEL_CODE,
        accessToken: process.env.SOCIAL_TIKTOK_ACCESS_TOKEN ?? "",
        endpoint: process.env.SOCIAL_TIKTOK_ENDPOINT || undefined,
      },
    }),
    ...(process.env.SOCIAL_PINTEREST_AD_ACCOUNT_ID && {
      pinterest: {
        adAccountId: process.env.SOCIAL_PINTEREST_AD_ACCOUNT_ID,
        accessToken: process.env.SOCIAL_PINTEREST_ACCESS_TOKEN ?? "",
        endpoint: process.env.SOCIAL_PINTEREST_ENDPOINT || undefined,
      },
    }),
  },
}

const pluginModules = [
  "social-settings",
  "social-reward",
  "product-review",
  "social-share",
  "social-attribution",
  "social-catalog",
  "social-card",
  "social-publish",
  "review-request",
  "product-question",
].map((name) => ({
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
      // Files (product images, rendered cards, feeds) on local disk, served under /static.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            // Medusa serves /static from the project's static/ folder, so the folder cannot move.
            options: { upload_dir: "static", backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
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
