// The production app of the feed benchmark: playground/medusa-config.ts as `medusa build` would
// ship it (plain JavaScript), so that `medusa exec` runs without ts-node and TypeScript, as a
// production install does. It installs the BUILT plugin (`medusa plugin:build`), with options.
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
      },
    },
  ],
})
