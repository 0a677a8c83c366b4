/**
 * A platform's reason as a stable item error code: `meta_adult_content`, `tiktok_image_too_small`.
 * Platforms name review reasons with enums (Meta's "ADULT_CONTENT") or with sentences (TikTok's
 * reject reasons); both become lower snake case, short enough to filter on in the admin.
 */
export function issueCode(prefix: string, reason: unknown, fallback = "issue"): string {
  const slug = String(reason ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60)
    .replace(/_+$/, "")
  return `${prefix}_${slug || fallback}`
}

/** "IMAGE_LINK_INVALID" -> "Image link invalid": a platform code as words, when it gives no message. */
export function codeAsWords(code: string): string {
  const words = code.toLowerCase().replace(/_+/g, " ").trim()
  return words ? words[0].toUpperCase() + words.slice(1) : code
}
