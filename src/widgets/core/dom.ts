import { getConfig } from "./config"

/**
 * DOM building without HTML strings: every text goes in as a Text node, so nothing a shopper
 * wrote can become markup, and no `innerHTML` means the widgets also run under Trusted Types.
 * `on*` keys with a function add listeners; `style` is refused (a strict CSP blocks style
 * attributes; use classes, parts or `el.style.setProperty`, which CSP allows).
 */
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: any) => void)>
export type Child = Node | string | number | null | undefined | false | Child[]

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === "function") el.addEventListener(k.slice(2).toLowerCase(), v)
    else if (k === "style") throw new Error("h(): no style attributes (CSP)")
    else if (v === true) el.setAttribute(k, "")
    else if (v !== false && v != null) el.setAttribute(k, String(v))
  }
  append(el, children)
  return el
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c == null || c === false) continue
    if (Array.isArray(c)) append(parent, c)
    else parent.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)))
  }
}

const SVG = "http://www.w3.org/2000/svg"
const STAR = "M12 2l2.9 6.6 7.1.6-5.4 4.7 1.6 7-6.2-3.7-6.2 3.7 1.6-7L2 9.2l7.1-.6z"

/** Five stars filled to `fill` ([full, half, empty]); decorative, the caller labels them. */
export function stars(fill: [number, number, number]): HTMLElement {
  const wrap = h("span", { class: "stars", part: "stars", "aria-hidden": "true" })
  const kinds = [...Array(fill[0]).fill("full"), ...Array(fill[1]).fill("half"), ...Array(fill[2]).fill("empty")]
  for (const kind of kinds) {
    const svg = document.createElementNS(SVG, "svg")
    svg.setAttribute("viewBox", "0 0 24 24")
    svg.setAttribute("class", `star ${kind}`)
    svg.setAttribute("part", `star star-${kind}`)
    const path = document.createElementNS(SVG, "path")
    path.setAttribute("d", STAR)
    svg.appendChild(path)
    wrap.appendChild(svg)
  }
  return wrap
}

const sheets = new Map<string, CSSStyleSheet>()

/**
 * Styles through a constructable stylesheet (`adoptedStyleSheets`): CSP's style-src does not
 * apply to it, so a page without 'unsafe-inline' still styles the widgets. Browsers without it
 * get a <style> element carrying the configured nonce.
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet !== "undefined" && "replaceSync" in CSSStyleSheet.prototype) {
    let sheet = sheets.get(css)
    if (!sheet) {
      sheet = new CSSStyleSheet()
      sheet.replaceSync(css)
      sheets.set(css, sheet)
    }
    root.adoptedStyleSheets = [sheet]
    return
  }
  const style = document.createElement("style")
  const nonce = getConfig().styleNonce
  if (nonce) style.setAttribute("nonce", nonce)
  style.textContent = css
  root.appendChild(style)
}

/** Defines a custom element once, and only where custom elements exist (not during SSR). */
export function define(name: string, ctor: CustomElementConstructor): void {
  if (typeof customElements !== "undefined" && !customElements.get(name)) customElements.define(name, ctor)
}

let uid = 0
/** A unique id for label/aria wiring inside one shadow root. */
export const nextId = (prefix: string) => `${prefix}-${++uid}`
