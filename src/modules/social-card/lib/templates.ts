import type { CardFormat } from "../../../lib/card-formats"
import { CARD_FORMATS } from "../../../lib/card-formats"
import type { FittedImage } from "./image"
import { clampText, type PriceText } from "./text"

/** Everything a template draws; strings already cleaned by `cardText`. */
export type CardContent = {
  title: string
  variantTitle: string | null
  price: PriceText | null
  availability: "in stock" | "out of stock"
  availabilityLabel: string
  brandName: string
  colors: { primary: string; accent: string; background: string; text: string }
  /**
   * The product photo fitted to the layout's image box (see image.ts), or null for the fallback
   * design. A promise of it lets renderCard lay out the words while sharp is still fitting it.
   */
  image: FittedImage | Promise<FittedImage | null> | null
  /** A PNG data URI (see image.ts). */
  logo: string | null
}

type Node = { type: string; props: Record<string, unknown> }
type Child = Node | string | null | false

function h(type: string, style: Record<string, unknown>, ...children: Child[]): Node {
  const kids = children.filter((c): c is Node | string => c !== null && c !== false)
  return { type, props: { style: { display: "flex", ...style }, children: kids.length === 1 ? kids[0] : kids } }
}

function img(src: string, width: number, height: number, style: Record<string, unknown> = {}): Node {
  return { type: "img", props: { src, width, height, style: { objectFit: "cover", flexShrink: 0, ...style } } }
}

/**
 * Per-format layout. `image` is the box the product image fills; `text` the box for words, kept
 * inside each platform's safe area (stories: nothing in the top 250 px or bottom 200 px, where
 * Instagram and TikTok draw their own UI).
 */
export const LAYOUTS: Record<
  CardFormat,
  {
    direction: "row" | "column"
    image: { width: number; height: number }
    padding: [number, number, number, number]
    titleSize: number
    titleChars: number
    priceSize: number
    /** How the photo fills its box: cropped to it (the cards), or whole inside it on white (the plain photo). */
    fit?: "cover" | "contain"
    /** The photo alone, no words panel (its image box is the whole card). */
    plain?: boolean
  }
> = {
  og: { direction: "row", image: { width: 560, height: 630 }, padding: [48, 56, 48, 56], titleSize: 52, titleChars: 60, priceSize: 48 },
  "og-light": { direction: "row", image: { width: 560, height: 630 }, padding: [48, 56, 48, 56], titleSize: 52, titleChars: 60, priceSize: 48 },
  square: { direction: "column", image: { width: 1080, height: 640 }, padding: [40, 64, 48, 64], titleSize: 56, titleChars: 56, priceSize: 52 },
  pin: { direction: "column", image: { width: 1000, height: 1000 }, padding: [40, 64, 48, 64], titleSize: 54, titleChars: 52, priceSize: 52 },
  story: { direction: "column", image: { width: 1080, height: 1080 }, padding: [0, 80, 0, 80], titleSize: 64, titleChars: 60, priceSize: 64 },
  // 4:5: the photo's top two thirds, the words below it (three title lines at 48 px fit 450 px).
  portrait: { direction: "column", image: { width: 1080, height: 900 }, padding: [32, 64, 40, 64], titleSize: 48, titleChars: 56, priceSize: 48 },
  photo: { direction: "column", image: { width: 1080, height: 1350 }, padding: [0, 0, 0, 0], titleSize: 0, titleChars: 0, priceSize: 0, fit: "contain", plain: true },
}

/** Where the story keeps text out (px from the top and from the bottom). */
export const STORY_SAFE = { top: 250, bottom: 200 }

function fallbackPanel(c: CardContent, width: number, height: number): Node {
  // A clean design when the product image is missing or unreadable: the brand colour with the
  // product's initial, so the card never looks broken.
  const initial = [...c.title][0]?.toUpperCase() ?? ""
  return h(
    "div",
    { width, height, flexShrink: 0, backgroundColor: c.colors.primary, alignItems: "center", justifyContent: "center" },
    h("div", { fontSize: Math.round(Math.min(width, height) * 0.45), fontWeight: 700, color: c.colors.background, opacity: 0.9 }, initial)
  )
}

function brandRow(c: CardContent, size: number): Node {
  return h(
    "div",
    { alignItems: "center", gap: 16 },
    c.logo ? img(c.logo, size, size, { objectFit: "contain", borderRadius: 8 }) : null,
    h("div", { fontSize: Math.round(size * 0.6), fontWeight: 700, color: c.colors.primary }, c.brandName)
  )
}

/**
 * `fg` seen through `alpha` over `bg`, as one solid colour (hex colours, as the settings allow).
 * The words panel's background is opaque, so this is the same picture as `opacity`, but a group
 * with `opacity` makes the rasteriser draw it on a canvas of its own and blend it back (about 1 ms
 * of the panel's 5, bench/cards.js). Anything not hex keeps `opacity`.
 */
export function blendOver(fg: string, bg: string, alpha: number): string | null {
  const rgb = (hex: string) => {
    const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)
    if (!m) return null
    const h = m[1].length === 3 ? [...m[1]].map((d) => d + d).join("") : m[1]
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16))
  }
  const [f, b] = [rgb(fg), rgb(bg)]
  if (!f || !b) return null
  return `#${f.map((v, i) => Math.round(v * alpha + b[i] * (1 - alpha)).toString(16).padStart(2, "0")).join("")}`
}

function priceRow(c: CardContent, size: number): Node | null {
  if (!c.price) {
    return null
  }
  const struck = blendOver(c.colors.text, c.colors.background, 0.6)
  return h(
    "div",
    { alignItems: "baseline", gap: 20, flexWrap: "wrap" },
    h("div", { fontSize: size, fontWeight: 700, color: c.price.original ? c.colors.accent : c.colors.text }, c.price.current),
    c.price.original
      ? h(
          "div",
          { fontSize: Math.round(size * 0.6), textDecoration: "line-through", ...(struck ? { color: struck } : { color: c.colors.text, opacity: 0.6 }) },
          c.price.original
        )
      : null
  )
}

function availabilityPill(c: CardContent, size: number): Node {
  const ok = c.availability === "in stock"
  return h(
    "div",
    {
      fontSize: size,
      fontWeight: 700,
      flexShrink: 0,
      whiteSpace: "nowrap",
      color: ok ? c.colors.background : c.colors.text,
      backgroundColor: ok ? c.colors.primary : "transparent",
      border: `3px solid ${c.colors.primary}`,
      borderRadius: 999,
      padding: `${Math.round(size * 0.3)}px ${Math.round(size * 0.8)}px`,
    },
    c.availabilityLabel
  )
}

/**
 * The box of the card that is not the photo: right of it (og) or below it (the other formats).
 * Every layout puts the photo at the top-left corner and spans the card's height or width with it,
 * so the card is exactly the photo plus this panel.
 */
export function panelBox(format: CardFormat) {
  const { width, height } = CARD_FORMATS[format]
  const L = LAYOUTS[format]
  return L.direction === "row"
    ? { left: L.image.width, top: 0, width: width - L.image.width, height }
    : { left: 0, top: L.image.height, width, height: height - L.image.height }
}

function wordsNode(c: CardContent, L: (typeof LAYOUTS)[CardFormat]): Node {
  const [pt, pr, pb, pl] = L.padding
  const title = clampText(c.title, L.titleChars)
  return h(
    "div",
    { flexDirection: "column", justifyContent: "space-between", flexGrow: 1, padding: `${pt}px ${pr}px ${pb}px ${pl}px`, gap: 24 },
    brandRow(c, Math.round(L.titleSize * 1.1)),
    h(
      "div",
      { flexDirection: "column", gap: 12 },
      h("div", { fontSize: L.titleSize, fontWeight: 700, lineHeight: 1.15, color: c.colors.text, lineClamp: 3 }, title),
      c.variantTitle ? h("div", { fontSize: Math.round(L.titleSize * 0.55), color: c.colors.text, opacity: 0.7 }, clampText(c.variantTitle, 40)) : null
    ),
    h("div", { alignItems: "center", justifyContent: "space-between", gap: 24 }, priceRow(c, L.priceSize), availabilityPill(c, Math.round(L.priceSize * 0.5)))
  )
}

/**
 * The satori element tree of one card, or with `only: "panel"` of its words panel alone (the box
 * `panelBox` gives, laid out exactly as in the whole card): renderCard draws the panel and copies
 * the photo's pixels beside it, which spares the rasteriser the photo's area.
 */
export function cardTree(format: CardFormat, c: CardContent, only: "card" | "panel" = "card"): Node {
  const { width, height } = CARD_FORMATS[format]
  const L = LAYOUTS[format]
  const panel = panelBox(format)
  const words = wordsNode(c, L)
  const base = { backgroundColor: c.colors.background, fontFamily: "Inter", color: c.colors.text }

  if (format === "story") {
    // Image first (it may sit under the platform's top bar), words strictly inside the safe area.
    const wordsTop = Math.max(STORY_SAFE.top, L.image.height)
    const wordsBox = (top: number) =>
      h("div", { position: "absolute", left: 0, top, width, height: height - STORY_SAFE.bottom - wordsTop, backgroundColor: c.colors.background, flexDirection: "column" }, words)
    if (only === "panel") {
      return h("div", { ...base, width: panel.width, height: panel.height, flexDirection: "column", position: "relative" }, wordsBox(wordsTop - panel.top))
    }
    const picture = c.image ? null : fallbackPanel(c, L.image.width, L.image.height)
    return h(
      "div",
      { ...base, width, height, flexDirection: "column", position: "relative" },
      picture && h("div", { position: "absolute", top: 0, left: 0, width, height: L.image.height }, picture),
      wordsBox(wordsTop)
    )
  }
  if (L.plain) {
    // The plain photo has no words; this tree is only drawn when there is no photo to show.
    return h("div", { ...base, width, height }, fallbackPanel(c, width, height))
  }
  if (only === "panel") {
    return h("div", { ...base, width: panel.width, height: panel.height, flexDirection: L.direction }, words)
  }
  // With a photo, renderCard copies it into the image box; the tree only keeps that room free.
  const picture = c.image
    ? h("div", { width: L.image.width, height: L.image.height, flexShrink: 0 })
    : fallbackPanel(c, L.image.width, L.image.height)
  return h("div", { ...base, width, height, flexDirection: L.direction }, picture, words)
}
