// The production app of the feed benchmark: a store that installed the BUILT plugin
// (`medusa plugin:build`), its config in plain JavaScript so that `medusa exec` runs without
// ts-node and TypeScript, as a production install does.
//
// Why it does not reuse playground/ (checked; kept apart on purpose):
// - The CLI loads medusa-config with a plain dynamic import; playground/medusa-config.ts needs
//   ts-node, which is exactly what this stage measures without. Turning the playground's config
//   into JavaScript would change the consumer test's app, which stays TypeScript as a store's is.
// - The playground reads the environment (PORT, MEDUSA_BACKEND_URL, REDIS_URL, MEDUSA_WORKER_MODE,
//   ADMIN_DISABLED, PLAYGROUND_PLUGIN_OPTIONS) and the bench passes its whole environment on: a
//   shared config would let the shell change the measured process. Here every value is fixed.
// - Its options serve the consumer test (networks, storefront, brand) and change with it; the
//   feed's content and size depend on them, so sharing them would move the bench's figures
//   without a change to the code measured.
// - Running `medusa build` on the playground would add a build to every run and share
//   playground/.medusa with the consumer test.
// What is left in common is the plugin entry below (a dozen lines): a shared module for it would
// couple two apps with different jobs to save little.
const path = require("path")
const { defineConfig } = require("@medusajs/framework/utils")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { jwtSecret: "bench-jwt-secret", cookieSecret: "bench-cookie-secret" },
  },
  admin: { disable: true },
  plugins: [
    {
      resolve: path.resolve(__dirname, "..", ".."),
      options: {
        storefrontUrl: "https://shop.bench.test",
        publicUrl: "http://localhost:9000",
        brand: { name: "Bench Outfitters" },
        secret: "bench-secret-0123456789abcdef",
        catalogEncryptionKey: "bench-catalog-key-0123456789",
        // bench/cards.js renders hundreds of cards from one address (127.0.0.1): a merchant
        // behind a CDN raises this budget the same way. The limiter still runs on every render.
        rateLimits: { routes: { cardRender: { points: 1000000, durationSeconds: 60 } } },
        // The price watch (a job of every worker, scanning every 5 minutes) off: the feed bench's
        // seed and catalog copy write 100,000s of price rows minutes before a timed run, and a
        // scan landing in it queued their products and re-rendered their cards on the worker
        // during the sync (once: 1,950 products, the 200,000-variant sync twice as slow).
        priceWatchIntervalMinutes: 0,
      },
    },
  ],
})
