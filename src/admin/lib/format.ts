/** Display helpers shared by the pages. */

export const words = (s: string) => s.replace(/_/g, " ")

export function money(amount: number, currency: string | null | undefined) {
  if (!currency) return amount.toFixed(2)
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)
  } catch {
    return `${amount.toFixed(2)} ${currency.toUpperCase()}`
  }
}

export const dateTime = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : "—")

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`

/** "a, b , c" → ["a", "b", "c"] */
export const splitList = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
