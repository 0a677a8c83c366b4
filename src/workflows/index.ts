export * from "./social-settings/workflows/update-social-settings"
export * from "./social-settings/workflows/refresh-social-settings"
export * from "./social-card/workflows/render-social-card"
