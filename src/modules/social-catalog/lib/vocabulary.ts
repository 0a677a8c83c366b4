/**
 * Words of the catalog admin API. No imports on purpose: the admin dashboard imports this file,
 * so its choices are the server's own lists.
 */
export const CHANNEL_MODES = ["feed", "push", "both"] as const

/** The item filters of GET /admin/social/channels/:id/items; "error" means invalid, error or failing. */
export const ITEM_STATUS_FILTERS = ["all", "error", "invalid", "failing", "not_sent", "pending", "deferred", "synced"] as const

export const PRODUCT_CONDITIONS = ["new", "refurbished", "used"] as const
export const GTIN_SOURCES = ["barcode", "ean", "upc"] as const
export const MPN_SOURCES = ["mid_code", "sku"] as const
