import path from "path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * A store that installed medusa-plugin-social-commerce: the plugin is resolved from its built
 * output (`medusa plugin:build` in the repository root), with options, exactly as users do.
 */
const port = process.env.PORT ?? "9000"
const publicUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${port}`
const redisUrl = process.env.REDIS_URL
// Tests merge extra plugin options through this variable (e.g. to check that a bad one stops the boot).
const extraOptions = process.env.PLAYGROUND_PLUGIN_OPTIONS ? JSON.parse(process.env.PLAYGROUND_PLUGIN_OPTIONS) : {}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE ?? "shared") as "shared" | "worker" | "server",
    http: {
      storeCors: "http://localhost:8000",
      adminCors: publicUrl,
      authCors: publicUrl,
      jwtSecret: process.env.JWT_SECRET || "playground-jwt-secret",
      cookieSecret: process.env.COOKIE_SECRET || "playground-cookie-secret",
    },
  },
  admin: { disable: process.env.ADMIN_DISABLED !== "false", backendUrl: publicUrl },
  plugins: [
    {
      resolve: path.resolve(__dirname, ".."),
      options: {
        storefrontUrl: process.env.STOREFRONT_URL ?? "https://shop.playground.test",
        publicUrl,
        brand: { name: "Playground Outfitters" },
        networks: ["facebook", "x", "pinterest", "whatsapp", "email"],
        secret: process.env.SOCIAL_COMMERCE_SECRET ?? "playground-secret-0123456789",
        catalogEncryptionKey: process.env.SOCIAL_CATALOG_ENCRYPTION_KEY ?? "playground-catalog-key-0123456789",
        ...extraOptions,
      },
    },
  ],
})
