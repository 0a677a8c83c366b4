/**
 * Providers that ignore dots in the local part (and treat googlemail.com as gmail.com). Others
 * (Outlook, Yahoo, Fastmail...) deliver `a.b@` and `ab@` to different people, so their dots stay.
 */
const DOT_INSENSITIVE = new Set(["gmail.com", "googlemail.com"])
const ALIASES: Record<string, string> = { "googlemail.com": "gmail.com" }

/**
 * The email as a mailbox, for "is this the same person" checks in referrals: lower case, the
 * `+tag` removed, dots removed where the provider ignores them. Never used to send mail.
 *
 * @example normalizeEmail("John.Doe+promo@GoogleMail.com") // "johndoe@gmail.com"
 */
export function normalizeEmail(email: string | null | undefined): string | null {
  if (!email) {
    return null
  }
  const trimmed = email.trim().toLowerCase()
  const at = trimmed.lastIndexOf("@")
  if (at <= 0 || at === trimmed.length - 1) {
    return null
  }
  let local = trimmed.slice(0, at)
  let domain = trimmed.slice(at + 1)
  domain = ALIASES[domain] ?? domain
  const plus = local.indexOf("+")
  if (plus >= 0) {
    local = local.slice(0, plus)
  }
  if (DOT_INSENSITIVE.has(domain)) {
    local = local.replace(/\./g, "")
  }
  return local ? `${local}@${domain}` : null
}

/** A shipping address reduced to what identifies a place: case, spaces and punctuation dropped. */
export function normalizeAddress(a: {
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
} | null | undefined): string | null {
  if (!a || !a.address_1) {
    return null
  }
  const part = (s?: string | null) => (s ?? "").toLowerCase().replace(/[^a-z0-9]/g, "")
  return [a.address_1, a.address_2, a.postal_code, a.city, a.country_code].map(part).join("|")
}
