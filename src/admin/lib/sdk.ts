import Medusa from "@medusajs/js-sdk"

// The admin's own session: the dashboard serves the extension from the Medusa server, or from
// another origin when the app sets `admin.backendUrl`. A plugin's admin code is compiled by
// `medusa plugin:build`, which bakes `import.meta.env` in (VITE_BACKEND_URL is always undefined
// there), so the backend comes from __BACKEND_URL__, which the app's admin build replaces.
export const sdk = new Medusa({
  baseUrl: (typeof __BACKEND_URL__ === "string" && __BACKEND_URL__) || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
