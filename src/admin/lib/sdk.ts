import Medusa from "@medusajs/js-sdk"

// The admin's own session: the dashboard serves the extension from the Medusa server.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
