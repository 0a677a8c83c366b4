export * from "./social-settings/workflows/update-social-settings"
export * from "./social-settings/workflows/refresh-social-settings"
