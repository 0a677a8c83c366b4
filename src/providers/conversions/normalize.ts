import { createHash } from "crypto"

export const sha256 = (v: string) => createHash("sha256").update(v, "utf8").digest("hex")

/** Meta, TikTok and Pinterest: trim and lower-case the email, then hash. */
export function normalizeEmail(email: string | null | undefined): string | null {
  const v = email?.trim().toLowerCase()
  return v && /^[^\s@]+@[^\s@]+$/.test(v) ? v : null
}

/**
 * Phone numbers must carry their country code (Meta: digits only, with country code; Pinterest:
 * "only digits with country code, area code, and number ... remove leading zeros"; TikTok: E.164).
 * A national number (no "+" or "00") cannot be completed without guessing, so it is left out.
 */
export function normalizePhone(phone: string | null | undefined): { digits: string; e164: string } | null {
  const raw = phone?.trim()
  if (!raw) return null
  let digits: string
  if (raw.startsWith("+")) {
    digits = raw.replace(/\D/g, "")
  } else if (/^00/.test(raw.replace(/[\s().-]/g, ""))) {
    digits = raw.replace(/\D/g, "").replace(/^00/, "")
  } else {
    return null
  }
  digits = digits.replace(/^0+/, "")
  return digits.length >= 7 && digits.length <= 15 ? { digits, e164: `+${digits}` } : null
}

export const hashOrNull = (v: string | null) => (v ? sha256(v) : null)
