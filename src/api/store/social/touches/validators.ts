import { z } from "@medusajs/framework/zod"
import { CLICK_ID_KEYS, CONSENTS, UTM_KEYS } from "../../../../modules/social-attribution/lib/vocabulary"

/** Opaque first-party visitor ids: the storefront's cookie value, or one the API issued. */
export const VISITOR_ID = /^[A-Za-z0-9_-]{8,64}$/
const SHARE_CODE = /^[A-Za-z0-9_-]{4,32}$/
const REFERRAL_CODE = /^[A-Za-z0-9_-]{3,40}$/
const CART_ID = /^cart_[A-Za-z0-9]{10,60}$/

const text = (max: number) => z.string().trim().min(1).max(max, `must be at most ${max} characters`)
// Click ids are kept exactly as received: no trimming, no case change; printable ASCII only.
const clickId = z.string().min(1).max(500, "must be at most 500 characters").regex(/^[\x21-\x7e]+$/, "must be printable ASCII")

const fields: Record<string, z.ZodType> = {
  visitor_id: z.string().regex(VISITOR_ID, "must be 8-64 letters, digits, '-' or '_'"),
  cart_id: z.string().regex(CART_ID, "must be a cart id (cart_...)"),
  sc: z.string().regex(SHARE_CODE, "must be a share code (4-32 letters, digits, '-' or '_')"),
  ref: z.string().regex(REFERRAL_CODE, "must be a referral code (3-40 letters, digits, '-' or '_')"),
  referrer: z
    .string()
    .max(2048, "must be at most 2048 characters")
    .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), "must be an http(s) URL"),
  landing_path: z
    .string()
    .max(2048, "must be at most 2048 characters")
    .refine((v) => v.startsWith("/") && !v.startsWith("//") && !/\s/.test(v), "must be a path starting with /"),
  consent: z.enum(CONSENTS, { error: `must be one of ${CONSENTS.join(", ")}` }),
  occurred_at: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }),
}
for (const k of UTM_KEYS) fields[k] = text(250)
for (const k of CLICK_ID_KEYS) fields[k] = clickId

/**
 * A landing as the storefront saw it: the URL's tracking parameters under their own names
 * (utm_*, click ids, `sc`, `ref`), plus referrer, landing path and consent. Unknown fields are a
 * 400, so a typo never silently loses data.
 */
export const StoreCreateTouch = z.object(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()]))).strict()

export type StoreCreateTouchType = {
  visitor_id?: string
  cart_id?: string
  sc?: string
  ref?: string
  referrer?: string
  landing_path?: string
  consent?: (typeof CONSENTS)[number]
  occurred_at?: string
} & Partial<Record<(typeof UTM_KEYS)[number] | (typeof CLICK_ID_KEYS)[number], string>>

export const StoreBindTouches = z
  .object({
    visitor_id: fields.visitor_id.optional(),
    cart_id: fields.cart_id,
  })
  .strict()

export type StoreBindTouchesType = { visitor_id?: string; cart_id: string }
