/**
 * HTML helpers of the demo storefront: every value that reaches a page goes through `esc` (or
 * `jsonForScript` inside a `<script type="application/...">`), so a product title such as
 * `"><script>` stays text.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export function esc(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c])
}

/** JSON inside a script element: `<`, `>` and `&` escaped so `</script>` cannot close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026")
}

/** Tagged template that escapes every interpolation unless it is already `raw`. */
export type Raw = { __html: string }
export const raw = (html: string): Raw => ({ __html: html })

export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0]
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]
  })
  return raw(out)
}

function render(v: unknown): string {
  if (v === null || v === undefined || v === false) return ""
  if (Array.isArray(v)) return v.map(render).join("")
  if (typeof v === "object" && "__html" in (v as Raw)) return (v as Raw).__html
  return esc(v)
}

export function money(amount: number | null | undefined, currency: string, locale = "en"): string {
  if (amount === null || amount === undefined) return ""
  return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase() }).format(amount)
}
