import { getConfig } from "../core/config"
import { VISITOR_ID } from "./landing"

const DAYS_90 = 90 * 24 * 60 * 60

const cookieName = () => getConfig().visitorCookie || "_social_vid"

/** Reads a cookie by name from a `document.cookie` string. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(";")) {
    const i = part.indexOf("=")
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim())
      } catch {
        return null
      }
    }
  }
  return null
}

/** A new visitor id: 16 random bytes, base64url, prefixed as the API's own ("v_..."). */
export function newVisitorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let s = ""
  for (const b of bytes) s += String.fromCharCode(b)
  return `v_${btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`
}

/**
 * The first-party visitor id, kept in a cookie the storefront's server can also read (to bind
 * at cart creation). `create` makes one when there is none; without `document` (server
 * rendering) there is none.
 */
export function visitorId(create = false): string | null {
  if (typeof document === "undefined") return null
  const current = readCookie(document.cookie, cookieName())
  if (current && VISITOR_ID.test(current)) return current
  if (!create) return null
  const id = newVisitorId()
  storeVisitorId(id)
  return id
}

export function storeVisitorId(id: string): void {
  if (typeof document === "undefined" || !VISITOR_ID.test(id)) return
  const secure = typeof location !== "undefined" && location.protocol === "https:" ? "; Secure" : ""
  document.cookie = `${cookieName()}=${id}; Max-Age=${DAYS_90}; Path=/; SameSite=Lax${secure}`
}

export function forgetVisitorId(): void {
  if (typeof document !== "undefined") document.cookie = `${cookieName()}=; Max-Age=0; Path=/; SameSite=Lax`
}
