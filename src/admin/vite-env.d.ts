/// <reference types="vite/client" />

/**
 * The backend URL the admin was built with (`admin.backendUrl` in medusa-config, from
 * MEDUSA_BACKEND_URL): Medusa's admin bundler replaces this global at build time, as the dashboard
 * does for its own requests. "" or "/" when the admin is served by the backend itself.
 */
declare const __BACKEND_URL__: string | undefined
